package dev.hashvet.config;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An accepted finding: a rule id plus the tag, term or calendar row it is accepted for.
 *
 * @param rule the rule id (must exist)
 * @param tag the tag it is accepted for (folded, without '#'), or ""
 * @param term the matched term it is accepted for (folded), or ""
 * @param row the calendar row id it is accepted for, or ""
 * @param reason why it was accepted (required)
 * @param expires the last day the entry applies, if any
 * @param where "file:line" of the entry, for messages
 */
public record AllowEntry(
    String rule,
    String tag,
    String term,
    String row,
    String reason,
    Optional<LocalDate> expires,
    String where) {

  /** True when the entry no longer applies on {@code today}. */
  public boolean expiredOn(LocalDate today) {
    return expires.map(today::isAfter).orElse(false);
  }
}
