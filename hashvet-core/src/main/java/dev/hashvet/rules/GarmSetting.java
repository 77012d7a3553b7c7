package dev.hashvet.rules;

import dev.hashvet.garm.Garm;
import dev.hashvet.garm.GarmCategory;
import dev.hashvet.garm.GarmTier;
import java.util.Optional;

/**
 * A rule's {@code garm: {category, tier}}: where its findings sit in the GARM framework when the
 * rule's category and severity do not say it well enough (a word for drinks aimed at children is
 * on the floor whatever its severity). Both keys are optional.
 *
 * @param category the GARM category; absent: the one the rule's category maps to
 * @param tier the risk tier; absent: from the finding's severity (block high, review medium, info
 *     low)
 */
public record GarmSetting(Optional<GarmCategory> category, Optional<GarmTier> tier) {
  /** No setting: everything follows from the rule's category and the finding's severity. */
  public static final GarmSetting NONE = new GarmSetting(Optional.empty(), Optional.empty());

  /** The GARM place of a finding of a rule of {@code c} at its own severity {@code s}. */
  public Garm of(Category c, Severity s) {
    return rate(c, s, false);
  }

  /**
   * The GARM place of a finding of {@code c} at {@code s}. When its severity was {@code capped}
   * (a global post meeting a region rule is held at review; words with a harmless sense and
   * nothing to anchor them are held at review or info), a set tier is held at the tier of that
   * severity too, so that a brand profile cannot raise it again.
   */
  Garm rate(Category c, Severity s, boolean capped) {
    GarmTier t = tier.orElse(s.garmTier());
    if (capped && t.compareTo(s.garmTier()) < 0) {
      t = s.garmTier();
    }
    return new Garm(category.orElse(c.garm()), t);
  }
}
