package dev.hashvet.rules;

import dev.hashvet.garm.GarmCategory;
import java.util.Optional;

/**
 * The categories of findings: the GARM brand-safety categories plus hashvet's own. The ids are
 * part of the contract (rule files, JSON output). This is the one place where each of hashvet's
 * own categories is mapped onto the GARM category its findings fall under (docs/rules.md).
 */
public enum Category {
  ADULT("Adult and sexual content", GarmCategory.ADULT),
  ARMS("Arms and ammunition", GarmCategory.ARMS),
  CRIME("Crime and harmful acts", GarmCategory.CRIME),
  DEATH_INJURY_CONFLICT("Death, injury or military conflict",
      GarmCategory.DEATH_INJURY_CONFLICT),
  PIRACY("Online piracy", GarmCategory.PIRACY),
  HATE("Hate speech and acts of aggression", GarmCategory.HATE),
  PROFANITY("Obscenity and profanity", GarmCategory.PROFANITY),
  DRUGS_ALCOHOL("Drugs, tobacco and alcohol", GarmCategory.DRUGS_ALCOHOL),
  SPAM("Spam or harmful content", GarmCategory.SPAM),
  TERRORISM("Terrorism", GarmCategory.TERRORISM),
  SENSITIVE_SOCIAL_ISSUES("Debated sensitive social issues",
      GarmCategory.SENSITIVE_SOCIAL_ISSUES),
  MISINFORMATION("Misinformation", GarmCategory.MISINFORMATION),
  // A trial or verdict is news of a crime and its victims.
  LEGAL_PROCEEDINGS("legal_proceedings", "Trials, verdicts and legal proceedings",
      GarmCategory.CRIME),
  // Deaths and injuries in a disaster.
  DISASTER("disaster", "Natural and man-made disasters", GarmCategory.DEATH_INJURY_CONFLICT),
  TRAGEDY("tragedy", "Tragedies and mourning", GarmCategory.DEATH_INJURY_CONFLICT),
  // Remembrance days, national mourning and contested anniversaries are debated in public.
  SENSITIVE_DATE("sensitive_date", "Sensitive dates and observances",
      GarmCategory.SENSITIVE_SOCIAL_ISSUES),
  REGIONAL_CULTURAL("regional_cultural", "Regional and cultural sensitivities",
      GarmCategory.SENSITIVE_SOCIAL_ISSUES),
  RELIGIOUS("religious", "Religious sensitivities", GarmCategory.SENSITIVE_SOCIAL_ISSUES),
  POLITICAL("political", "Politics and elections", GarmCategory.SENSITIVE_SOCIAL_ISSUES),
  // A run-together tag read as an obscenity (#susanalbumparty).
  TAG_MISREADING("tag_misreading", "Risky readings of a run-together tag", GarmCategory.PROFANITY),
  // A tag that belongs to a cause: joining it takes a side in a debate.
  TAG_HIJACK("tag_hijack", "Tags that belong to a cause or invite hijacking",
      GarmCategory.SENSITIVE_SOCIAL_ISSUES),
  // Hidden or look-alike characters are how spam and scams slip past filters.
  EVASION("evasion", "Invisible or look-alike characters", GarmCategory.SPAM);

  private final String id;
  private final String title;
  private final GarmCategory garm;

  /** One of GARM's twelve: the same id. */
  Category(String title, GarmCategory garm) {
    this(garm.id(), title, garm);
  }

  Category(String id, String title, GarmCategory garm) {
    this.id = id;
    this.title = title;
    this.garm = garm;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The GARM category this category's findings fall under. */
  public GarmCategory garm() {
    return garm;
  }

  public static Optional<Category> parse(String id) {
    for (Category c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
