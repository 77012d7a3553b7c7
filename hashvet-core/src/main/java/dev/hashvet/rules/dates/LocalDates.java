package dev.hashvet.rules.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local date of an instant in a time zone. A global post is dated in some eighty markets per
 * row, and working out a zone's offset (its daylight-saving rules for that year) is most of that;
 * but when the smallest and the largest offset the zone has ever had put the instant on the same
 * date, every offset between does too, and the date needs no rules at all. Only instants within a
 * few hours of the zone's midnight ask the rules. Each calendar keeps its own (the bounds of the
 * zones it has met).
 */
final class LocalDates {
  private static final long DAY = 86_400;

  /** The smallest and largest offset (seconds) each zone has ever had, by zone. */
  private final Map<ZoneId, long[]> bounds = new ConcurrentHashMap<>();

  /** The date at {@code at} in {@code zone}: {@code at.atZone(zone).toLocalDate()}. */
  LocalDate of(Instant at, ZoneId zone) {
    long[] b = bounds.computeIfAbsent(zone, LocalDates::bounds);
    long s = at.getEpochSecond();
    long earliest = Math.floorDiv(s + b[0], DAY);
    if (earliest == Math.floorDiv(s + b[1], DAY)) {
      return LocalDate.ofEpochDay(earliest);
    }
    return at.atZone(zone).toLocalDate();
  }

  private static long[] bounds(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    long[] b = {Long.MAX_VALUE, Long.MIN_VALUE};
    widen(b, rules.getOffset(Instant.EPOCH));
    for (ZoneOffsetTransition t : rules.getTransitions()) {
      widen(b, t.getOffsetBefore());
      widen(b, t.getOffsetAfter());
    }
    for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
      widen(b, r.getOffsetBefore());
      widen(b, r.getOffsetAfter());
      widen(b, r.getStandardOffset());
    }
    return b;
  }

  private static void widen(long[] b, ZoneOffset o) {
    b[0] = Math.min(b[0], o.getTotalSeconds());
    b[1] = Math.max(b[1], o.getTotalSeconds());
  }
}
