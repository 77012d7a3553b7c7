package dev.hashvet.calendar;

import dev.hashvet.HashvetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet's local date written as ISO-8601. With --date-format the cell is read by that
 * pattern; without it, day and month are told apart only when the date allows it
 * ({@code 12/24/2026} is month-first, {@code 24/12/2026} day-first, {@code 2026/12/24} year-first);
 * {@code 03/04/2027} could be either, so it is an error that names the option. ISO dates pass as
 * they are.
 */
final class LocalDates {
  private static final Pattern ISO = Pattern.compile("[+-]?\\d{4,}-.*");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?:[ T]+(.+))?");
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]+(.+))?");

  private LocalDates() {}

  /**
   * The pattern given to --date-format ("MM/dd/yyyy", "dd.MM.yyyy HH:mm"), read strictly.
   *
   * @throws HashvetException (bad input) when it is not a date pattern
   */
  static DateTimeFormatter pattern(String pattern) {
    try {
      // Strict reading wants the proleptic year (u), which is what people mean by y.
      return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw HashvetException.input("--date-format: '" + pattern + "' is not a date pattern: "
          + e.getMessage(), "e.g. MM/dd/yyyy, dd/MM/yyyy or dd.MM.yyyy HH:mm");
    }
  }

  /**
   * {@code cell} as an ISO date or local date-time; a cell this cannot read is returned as it is
   * (the ISO reader then names the problem).
   *
   * @throws HashvetException (bad input) for a date that does not fit {@code format}, or one whose
   *     day and month cannot be told apart without it
   */
  static String iso(String cell, Optional<DateTimeFormatter> format, String pattern) {
    String c = cell.strip();
    if (ISO.matcher(c).matches()) {
      return c;
    }
    if (format.isPresent()) {
      try {
        return LocalDateTime.parse(c, format.get()).toString();
      } catch (DateTimeParseException e) {
        try {
          return LocalDate.parse(c, format.get()).toString();
        } catch (DateTimeParseException again) {
          throw HashvetException.input(Keys.PUBLISH_AT + ": '" + cell + "' does not match"
              + " --date-format " + pattern);
        }
      }
    }
    Matcher m = YEAR_FIRST.matcher(c);
    if (m.matches()) {
      return date(cell, m.group(1), m.group(3), m.group(4), m.group(5));
    }
    m = DAY_MONTH.matcher(c);
    if (!m.matches()) {
      return c;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    if (a > 12 && b <= 12) {
      return date(cell, m.group(4), m.group(3), m.group(1), m.group(5));
    }
    if (a <= 12 && (b > 12 || a == b)) {
      return date(cell, m.group(4), m.group(1), m.group(3), m.group(5));
    }
    String sep = m.group(2);
    throw HashvetException.input(Keys.PUBLISH_AT + ": '" + cell + "' could be day-first or"
        + " month-first; give --date-format dd" + sep + "MM" + sep + "yyyy or MM" + sep + "dd"
        + sep + "yyyy");
  }

  private static String date(String cell, String year, String month, String day, String time) {
    try {
      String d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day)).toString();
      return time == null ? d : PublishTimes.join(d, time);
    } catch (DateTimeException e) {
      throw HashvetException.input(Keys.PUBLISH_AT + ": '" + cell + "' is not a date: "
          + e.getMessage());
    }
  }
}
