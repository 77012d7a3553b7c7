package dev.hashvet.rules;

import java.util.Optional;

/**
 * The categories of findings: the GARM brand-safety categories plus hashvet's own. The ids are
 * part of the contract (rule files, JSON output).
 */
public enum Category {
  ADULT("adult", "Adult and sexual content"),
  ARMS("arms", "Arms and ammunition"),
  CRIME("crime", "Crime and harmful acts"),
  DEATH_INJURY_CONFLICT("death_injury_conflict", "Death, injury or military conflict"),
  PIRACY("piracy", "Online piracy"),
  HATE("hate", "Hate speech and acts of aggression"),
  PROFANITY("profanity", "Obscenity and profanity"),
  DRUGS_ALCOHOL("drugs_alcohol", "Drugs, tobacco and alcohol"),
  SPAM("spam", "Spam or harmful content"),
  TERRORISM("terrorism", "Terrorism"),
  SENSITIVE_SOCIAL_ISSUES("sensitive_social_issues", "Debated sensitive social issues"),
  MISINFORMATION("misinformation", "Misinformation"),
  LEGAL_PROCEEDINGS("legal_proceedings", "Trials, verdicts and legal proceedings"),
  DISASTER("disaster", "Natural and man-made disasters"),
  TRAGEDY("tragedy", "Tragedies and mourning"),
  SENSITIVE_DATE("sensitive_date", "Sensitive dates and observances"),
  REGIONAL_CULTURAL("regional_cultural", "Regional and cultural sensitivities"),
  RELIGIOUS("religious", "Religious sensitivities"),
  POLITICAL("political", "Politics and elections"),
  TAG_MISREADING("tag_misreading", "Risky readings of a run-together tag"),
  TAG_HIJACK("tag_hijack", "Tags that belong to a cause or invite hijacking"),
  EVASION("evasion", "Invisible or look-alike characters");

  private final String id;
  private final String title;

  Category(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
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
