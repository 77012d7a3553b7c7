package dev.hashvet.garm;

import java.util.Locale;
import java.util.Optional;

/**
 * GARM's risk tiers, most severe first: the floor (content no brand should appear next to), then
 * high, medium and low risk (a brand decides which it accepts).
 */
public enum GarmTier {
  FLOOR,
  HIGH,
  MEDIUM,
  LOW;

  /** The lower-case name used in rule files, config and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<GarmTier> parse(String id) {
    for (GarmTier t : values()) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
