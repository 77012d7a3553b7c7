package dev.hashvet.rules.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The local date of an instant in a time zone: the epoch day of the instant shifted by the zone's
 * offset at that instant, without building a zoned date-time. A global post is dated in some
 * eighty markets per row, so this is on the path of every calendar row. It keeps nothing: the
 * zone's rules (and the JDK's own memo of a year's transitions) answer the offset.
 */
final class LocalDates {
  private static final long DAY = 86_400;

  private LocalDates() {}

  /** The date at {@code at} in {@code zone}: {@code at.atZone(zone).toLocalDate()}. */
  static LocalDate of(Instant at, ZoneId zone) {
    long local = at.getEpochSecond() + zone.getRules().getOffset(at).getTotalSeconds();
    return LocalDate.ofEpochDay(Math.floorDiv(local, DAY));
  }
}
