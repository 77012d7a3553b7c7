package dev.hashvet.calendar;

import dev.hashvet.HashvetException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Joins a calendar's Date and Time columns into one {@code publish_at} value. The time is read as
 * spreadsheets write it: {@code 09:00}, {@code 9:00:30}, {@code 9:00 AM}, {@code 9am}.
 */
final class PublishTimes {
  private static final List<DateTimeFormatter> TIMES = List.of(
      formatter("H:mm[:ss]"),
      formatter("h:mm[:ss][ ]a"),
      formatter("h[ ]a"));

  private PublishTimes() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /**
   * {@code date} at {@code time} as an ISO local date-time ("2026-09-11T08:30:00").
   *
   * @param date an ISO date (2026-09-11), with no time of its own
   * @throws HashvetException (bad input) naming the column when either cannot be read
   */
  static String join(String date, String time) {
    String d = date.strip();
    if (d.length() != 10 || d.charAt(4) != '-' || d.charAt(7) != '-') {
      throw HashvetException.input(Keys.PUBLISH_AT + ": '" + date + "' is not a date on its own,"
          + " but the row has a time column too", "give the date as 2026-09-11 and the time as"
          + " 09:00, or drop the time column");
    }
    return d + "T" + time(time);
  }

  private static String time(String time) {
    String t = time.strip().replace(".", "");
    for (DateTimeFormatter f : TIMES) {
      try {
        return LocalTime.parse(t, f).toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw HashvetException.input(Keys.TIME + ": cannot read '" + time + "' as a time of day",
        "e.g. 09:00, 14:30 or 9:00 AM");
  }
}
