package dev.hashvet.rules.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A date rule with its adjustments: an offset in days (Good Friday is Easter - 2), weekday shifts
 * (Yom HaShoah moves from a Friday to the Thursday before), and a length (one day, N days, or to the
 * end of the rule's lunar month: all of Ramadan).
 *
 * @param rule where the day is found
 * @param offset days added to the rule's day
 * @param shift days added when the (offset) day falls on a given weekday
 * @param days how many days the observance lasts (at least 1); ignored when {@code wholeMonth}
 * @param wholeMonth true: it lasts to the last day of the rule's own calendar month
 */
public record Schedule(
    DateRule rule, int offset, Map<DayOfWeek, Integer> shift, int days, boolean wholeMonth) {
  public Schedule {
    Map<DayOfWeek, Integer> copy = new EnumMap<>(DayOfWeek.class);
    copy.putAll(shift);
    shift = Collections.unmodifiableMap(copy);
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1");
    }
  }

  public static Schedule of(DateRule rule) {
    return new Schedule(rule, 0, Map.of(), 1, false);
  }

  /**
   * The spans that start in Gregorian {@code year}, sorted.
   *
   * @throws DateRule.OutOfRange when the rule cannot date {@code year}
   */
  public List<DateSpan> spans(int year) {
    boolean sameYear = offset == 0 && shift.isEmpty() && rule.staysInYear();
    TreeSet<DateSpan> out = new TreeSet<>();
    for (int y = sameYear ? year : year - 1; y <= (sameYear ? year : year + 1); y++) {
      List<LocalDate> base;
      try {
        base = rule.dates(y);
      } catch (DateRule.OutOfRange e) {
        if (y == year) {
          throw e;
        }
        continue;
      }
      for (LocalDate d : base) {
        LocalDate start = d.plusDays(offset);
        start = start.plusDays(shift.getOrDefault(start.getDayOfWeek(), 0));
        LocalDate end = wholeMonth
            ? rule.monthEnd(d).orElseThrow(() -> new IllegalStateException(
                "a whole-month length needs a lunar rule"))
            : start.plusDays(days - 1L);
        if (start.getYear() == year) {
          out.add(new DateSpan(start, end));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The longest an observance under this schedule can last, in days (for search bounds). */
  public int maxDays() {
    return wholeMonth ? 30 : days;
  }

  /** A description such as "Western Easter Sunday, 2 days earlier". */
  public String describe() {
    StringBuilder sb = new StringBuilder(rule.describe());
    if (offset != 0) {
      sb.append(", ").append(Math.abs(offset)).append(Math.abs(offset) == 1 ? " day " : " days ")
          .append(offset < 0 ? "earlier" : "later");
    }
    shift.forEach((day, n) -> sb.append("; on a ")
        .append(day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
        .append(" moved ").append(Math.abs(n)).append(Math.abs(n) == 1 ? " day " : " days ")
        .append(n < 0 ? "earlier" : "later"));
    if (wholeMonth) {
      sb.append(", the whole month");
    } else if (days > 1) {
      sb.append(", ").append(days).append(" days");
    }
    return sb.toString();
  }
}
