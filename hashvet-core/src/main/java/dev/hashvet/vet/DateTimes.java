package dev.hashvet.vet;

import dev.hashvet.HashvetException;
import dev.hashvet.rules.dates.ObservanceCalendar;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses publish times: ISO-8601 date-times with an offset or zone, or local ones with a zone. */
public final class DateTimes {
  /**
   * The years a publish time may fall in: the date rules (Easter's computus, lunar and solar
   * calendars, a zone's offsets) date the year before and after too, and a year outside 1 to 9999
   * is a typo, not a plan.
   */
  public static final int FIRST_YEAR = 1;

  public static final int LAST_YEAR = 9999;

  private DateTimes() {}

  /**
   * {@code text} as a zoned date-time: "2011-07-05T15:00:00-04:00", "2011-07-05T15:00[America/New_York]",
   * "2011-07-05T15:00" or "2011-07-05" (local: in {@code zone}, or UTC; a bare date is noon).
   * {@code where} names the option or file line for errors.
   */
  public static ZonedDateTime parse(String text, Optional<ZoneId> zone, String where) {
    ZonedDateTime at = parseAny(text, zone, where);
    int year = at.getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw HashvetException.input(where + ": the year " + year + " is out of range",
          "the date rules work out dates for the years " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return at;
  }

  private static ZonedDateTime parseAny(String text, Optional<ZoneId> zone, String where) {
    String t = text.strip();
    if (isPlainLocal(t)) {
      // The usual calendar cell ("2027-06-08T09:13"): only the local form can read it.
      try {
        return LocalDateTime.parse(t).atZone(zone.orElse(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        throw unreadable(text, where);
      }
    }
    // Each form is tried only when its syntax fits (no exception thrown), since a calendar parses
    // a date per row; the order and the results are those of the plain parse methods.
    if (fits(DateTimeFormatter.ISO_ZONED_DATE_TIME, t)) {
      try {
        return ZonedDateTime.parse(t);
      } catch (DateTimeParseException e) {
        // try the other forms
      }
    }
    if (fits(DateTimeFormatter.ISO_OFFSET_DATE_TIME, t)) {
      try {
        OffsetDateTime odt = OffsetDateTime.parse(t);
        return zone.map(odt::atZoneSameInstant).orElse(odt.toZonedDateTime());
      } catch (DateTimeParseException e) {
        // try the other forms
      }
    }
    ZoneId z = zone.orElse(ZoneOffset.UTC);
    if (fits(DateTimeFormatter.ISO_LOCAL_DATE_TIME, t)) {
      try {
        return LocalDateTime.parse(t).atZone(z);
      } catch (DateTimeParseException e) {
        // try the other forms
      }
    }
    try {
      return LocalDate.parse(t).atTime(12, 0).atZone(z);
    } catch (DateTimeParseException e) {
      throw unreadable(text, where);
    }
  }

  private static HashvetException unreadable(String text, String where) {
    return HashvetException.input(where + ": cannot read '" + text + "' as a date or date-time",
        "use ISO-8601, e.g. 2011-07-05 or 2011-07-05T15:00:00-04:00");
  }

  /**
   * True for "yyyy-MM-ddTHH:mm" and "yyyy-MM-ddTHH:mm:ss", the local date-times without a zone
   * or offset that no other form reads.
   */
  private static boolean isPlainLocal(String t) {
    if (t.length() != 16 && t.length() != 19) {
      return false;
    }
    String shape = t.length() == 16 ? "dddd-dd-ddTdd:dd" : "dddd-dd-ddTdd:dd:dd";
    for (int i = 0; i < shape.length(); i++) {
      char want = shape.charAt(i);
      char c = t.charAt(i);
      if (want == 'd' ? (c < '0' || c > '9') : c != want) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code t} has the syntax of {@code f} (values are checked by the real parse). */
  private static boolean fits(DateTimeFormatter f, String t) {
    ParsePosition pos = new ParsePosition(0);
    return f.parseUnresolved(t, pos) != null && pos.getErrorIndex() < 0
        && pos.getIndex() == t.length();
  }

  /**
   * The zone of a local time (one with neither offset nor zone): {@code zone} when given (--zone or
   * a row's {@code timezone}), else the representative zone of the first market in {@code
   * regions} (Asia/Kolkata for IN, America/New_York for US), else UTC for a global post.
   */
  public static ZoneId localZone(Optional<ZoneId> zone, List<String> regions) {
    if (zone.isPresent()) {
      return zone.get();
    }
    if (regions.isEmpty()) {
      return ZoneOffset.UTC;
    }
    return ObservanceCalendar.bundledZones().zone(regions.get(0).toUpperCase(Locale.ROOT));
  }

  /** The zone named {@code name} ("America/New_York", "UTC", "+05:30"). */
  public static ZoneId zone(String name, String where) {
    try {
      return ZoneId.of(name.strip());
    } catch (DateTimeException e) {
      throw HashvetException.input(where + ": unknown time zone '" + name + "'",
          "use a zone id such as America/New_York, Europe/London or UTC");
    }
  }
}
