package dev.hashvet.garm;

import java.util.Optional;

/**
 * The twelve content categories of the GARM Brand Safety Floor + Suitability Framework (June 2022).
 * The ids are part of the contract (rule files, config, JSON output).
 */
public enum GarmCategory {
  ADULT("adult", "Adult & explicit sexual content"),
  ARMS("arms", "Arms & ammunition"),
  CRIME("crime", "Crime & harmful acts to individuals and society, human-rights violations"),
  DEATH_INJURY_CONFLICT("death_injury_conflict", "Death, injury or military conflict"),
  PIRACY("piracy", "Online piracy"),
  HATE("hate", "Hate speech & acts of aggression"),
  PROFANITY("profanity", "Obscenity and profanity"),
  DRUGS_ALCOHOL("drugs_alcohol", "Illegal drugs, tobacco, e-cigarettes, vaping, alcohol"),
  SPAM("spam", "Spam or harmful content"),
  TERRORISM("terrorism", "Terrorism"),
  SENSITIVE_SOCIAL_ISSUES("sensitive_social_issues", "Debated sensitive social issues"),
  MISINFORMATION("misinformation", "Misinformation");

  private final String id;
  private final String title;

  GarmCategory(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Optional<GarmCategory> parse(String id) {
    for (GarmCategory c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The ids, comma-separated, for error messages. */
  public static String ids() {
    StringBuilder sb = new StringBuilder();
    for (GarmCategory c : values()) {
      sb.append(sb.isEmpty() ? "" : ", ").append(c.id);
    }
    return sb.toString();
  }
}
