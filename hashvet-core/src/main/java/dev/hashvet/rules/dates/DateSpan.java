package dev.hashvet.rules.dates;

import java.time.LocalDate;

/**
 * The days an observance lasts in one year, both ends included (most last one day).
 *
 * @param start the first day
 * @param end the last day, never before {@code start}
 */
public record DateSpan(LocalDate start, LocalDate end) implements Comparable<DateSpan> {
  public DateSpan {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
    }
  }

  public static DateSpan day(LocalDate d) {
    return new DateSpan(d, d);
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(start) && !d.isAfter(end);
  }

  @Override
  public int compareTo(DateSpan o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }
}
