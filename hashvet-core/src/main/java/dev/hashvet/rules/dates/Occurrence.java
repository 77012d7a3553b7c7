package dev.hashvet.rules.dates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An observance on its days in one year, as seen from one market.
 *
 * @param observance the observance
 * @param region the market (ISO code), or "global" in a listing of every observance
 * @param zone the market's representative time zone (UTC for "global")
 * @param span its days that year
 */
public record Occurrence(Observance observance, String region, ZoneId zone, DateSpan span) {

  public LocalDate start() {
    return span.start();
  }

  public LocalDate end() {
    return span.end();
  }

  /** The first day that counts: the start minus the window's days before. */
  public LocalDate windowStart() {
    return span.start().minusDays(observance.window().before());
  }

  /** The last day that counts: the end plus the window's days after. */
  public LocalDate windowEnd() {
    return span.end().plusDays(observance.window().after());
  }

  /** True when the local day {@code d} is inside the window of {@code o} around {@code span}. */
  static boolean covers(Observance o, DateSpan span, LocalDate d) {
    return !d.isBefore(span.start().minusDays(o.window().before()))
        && !d.isAfter(span.end().plusDays(o.window().after()));
  }

  /** The moment of the observance (14:46 JST on 11 March), when it has a time. */
  public Optional<ZonedDateTime> moment() {
    return observance.time().map(t -> ZonedDateTime.of(span.start(), t,
        observance.zone().orElse(zone)));
  }

  /** Minutes from the moment to {@code at} (negative before it), when it has a time. */
  public Optional<Long> minutesFromMoment(Instant at) {
    return moment().map(m -> Duration.between(m.toInstant(), at).toMinutes());
  }

  /** The severities in this occurrence's market. */
  public Severities severities() {
    return observance.severitiesIn(region);
  }

  /**
   * Where the local day {@code d} lies: "the day itself", "the eve", "2 days before" or "1 day
   * after".
   */
  public String phase(LocalDate d) {
    if (span.contains(d)) {
      return "the day itself";
    }
    if (d.isBefore(span.start())) {
      long n = ChronoUnit.DAYS.between(d, span.start());
      return n == 1 ? "the eve" : n + " days before";
    }
    long n = ChronoUnit.DAYS.between(span.end(), d);
    return n == 1 ? "1 day after" : n + " days after";
  }
}
