package dev.hashvet.rules;

import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.Post;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A case a rule ships with: a post that must flag (or must pass), with optional date, markets,
 * languages and context posts.
 *
 * @param flag true for a "must flag" case, false for "must pass"
 * @param text the post or tag
 * @param at the publish time (ISO-8601 date or date-time), or empty for {@link #DEFAULT_AT}
 * @param regions target markets, or empty for global
 * @param languages audience languages, or empty
 * @param context sampled posts for context rules; empty means no context (offline)
 * @param signals live signals for live rules (usage history, trends, headlines, events); the
 *     history's days end on the example's publish date
 * @param severity for a flag case, the severity the finding must have, if stated
 * @param where "file:line" of the case
 */
public record RuleExample(
    boolean flag,
    String text,
    Optional<String> at,
    List<String> regions,
    List<String> languages,
    List<Post> context,
    LiveSignals signals,
    Optional<Severity> severity,
    String where) {
  /** The publish time of an example that gives none: a date with no bundled observance. */
  public static final ZonedDateTime DEFAULT_AT =
      ZonedDateTime.of(2026, 6, 10, 12, 0, 0, 0, ZoneOffset.UTC);

  public RuleExample {
    regions = List.copyOf(regions);
    languages = List.copyOf(languages);
    context = List.copyOf(context);
  }
}
