package dev.hashvet.rules.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the day of an observance is found in a Gregorian year. Every rule computes its date for any
 * year it supports; a {@link Table} covers only the years it lists and says so rather than guess.
 */
public sealed interface DateRule {

  /**
   * The days this rule gives in Gregorian {@code year}, sorted: usually one; none when the day does
   * not occur that year (a fifth Monday); two when a lunar date falls twice in one year.
   *
   * @throws OutOfRange when the rule cannot date {@code year}
   */
  List<LocalDate> dates(int year);

  /** True when {@link #dates} only ever returns days inside the year asked for. */
  default boolean staysInYear() {
    return true;
  }

  /** The last day of the rule's own calendar month that {@code date} is in (lunar rules only). */
  default Optional<LocalDate> monthEnd(LocalDate date) {
    return Optional.empty();
  }

  /** True for rules of a calendar with months of its own ({@link #monthEnd} answers). */
  default boolean hasOwnMonths() {
    return false;
  }

  /** A short description for listings and docs, e.g. "last Monday of May". */
  String describe();

  /** The rule cannot date a year; {@link #getMessage()} finishes "Diwali ..." in a sentence. */
  final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutOfRange(String reason) {
      super(reason);
    }
  }

  /** The same month and day every year. */
  record Fixed(MonthDay day) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      return List.of(day.atYear(year));
    }

    @Override
    public String describe() {
      return day.getDayOfMonth() + " " + monthName(day.getMonth()) + " every year";
    }
  }

  /** The nth (1-5) or last ({@code nth == -1}) given weekday of a month. */
  record NthWeekday(Month month, DayOfWeek weekday, int nth) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      LocalDate first = LocalDate.of(year, month, 1);
      LocalDate d = nth < 0
          ? first.with(TemporalAdjusters.lastInMonth(weekday))
          : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
      return d.getMonth() == month ? List.of(d) : List.of();
    }

    @Override
    public String describe() {
      return (nth < 0 ? "last" : ordinal(nth)) + " " + dayName(weekday) + " of " + monthName(month);
    }
  }

  /**
   * The nth given weekday strictly before a fixed day: Volkstrauertag is the 6th Sunday before 25
   * December (two Sundays before the first Sunday of Advent, the 4th).
   */
  record WeekdayBefore(MonthDay anchor, DayOfWeek weekday, int nth) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      return List.of(anchor.atYear(year).with(TemporalAdjusters.previous(weekday))
          .minusWeeks(nth - 1L));
    }

    @Override
    public boolean staysInYear() {
      return false;
    }

    @Override
    public String describe() {
      return ordinal(nth) + " " + dayName(weekday) + " before " + anchor.getDayOfMonth() + " "
          + monthName(anchor.getMonth());
    }
  }

  /**
   * The nth given weekday counting from a fixed day, the day itself included: the first Monday on
   * or after 1 August is {@code nth_weekday}'s first Monday of August; Midsummer Day in Sweden is
   * the Saturday from 20 June.
   */
  record WeekdayFrom(MonthDay anchor, DayOfWeek weekday, int nth) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      return List.of(anchor.atYear(year).with(TemporalAdjusters.nextOrSame(weekday))
          .plusWeeks(nth - 1L));
    }

    @Override
    public boolean staysInYear() {
      return false;
    }

    @Override
    public String describe() {
      return ordinal(nth) + " " + dayName(weekday) + " from " + anchor.getDayOfMonth() + " "
          + monthName(anchor.getMonth());
    }
  }

  /**
   * The same month and day of the Julian calendar, kept by the Orthodox churches on the old
   * calendar: Julian 25 December is 7 January (1901-2099), 13 days later than the same
   * Gregorian day, and 14 days from 2100.
   */
  record Julian(MonthDay day) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      List<LocalDate> out = new java.util.ArrayList<>(1);
      for (int y = year - 1; y <= year; y++) {
        LocalDate d = toGregorian(y, day.getMonthValue(), day.getDayOfMonth());
        if (d.getYear() == year) {
          out.add(d);
        }
      }
      return out;
    }

    /** Julian year-month-day to the Gregorian date (by the Julian Day Number). */
    static LocalDate toGregorian(int year, int month, int day) {
      int a = (14 - month) / 12;
      long y = year + 4800L - a;
      long m = month + 12L * a - 3;
      long jdn = day + (153 * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4) - 32083;
      return LocalDate.ofEpochDay(jdn - 2_440_588L);
    }

    @Override
    public String describe() {
      return day.getDayOfMonth() + " " + monthName(day.getMonth()) + " (Julian calendar)";
    }
  }

  /** Easter Sunday, Western (Gregorian) or Orthodox (Julian computus); use an offset for Good Friday. */
  record EasterSunday(boolean orthodox) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      return List.of(orthodox ? Easter.orthodox(year) : Easter.western(year));
    }

    @Override
    public String describe() {
      return orthodox ? "Orthodox Easter Sunday" : "Western Easter Sunday";
    }
  }

  /** A day of the Islamic (Hijri) calendar, Umm al-Qura variant ({@link java.time.chrono.HijrahDate}). */
  record Hijri(int month, int day) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      return LunarDates.hijri(year, month, day);
    }

    @Override
    public boolean hasOwnMonths() {
      return true;
    }

    @Override
    public Optional<LocalDate> monthEnd(LocalDate date) {
      return Optional.of(LunarDates.hijriMonthEnd(date));
    }

    @Override
    public String describe() {
      return day + " " + LunarDates.HIJRI_MONTHS.get(month - 1) + " (Hijri)";
    }
  }

  /** A day of the Hebrew calendar (ICU4J), month as ICU numbers it (Tishrei = 0 ... Elul = 12). */
  record Hebrew(int month, int day) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      return LunarDates.hebrew(year, month, day);
    }

    @Override
    public boolean hasOwnMonths() {
      return true;
    }

    @Override
    public Optional<LocalDate> monthEnd(LocalDate date) {
      return Optional.of(LunarDates.hebrewMonthEnd(date));
    }

    @Override
    public String describe() {
      return day + " " + LunarDates.HEBREW_MONTHS.get(month) + " (Hebrew)";
    }
  }

  /** A day of the Chinese lunisolar calendar (not a leap month), as observed in China (UTC+8). */
  record Chinese(int month, int day) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      return LunarDates.chinese(year, month, day);
    }

    @Override
    public boolean hasOwnMonths() {
      return true;
    }

    @Override
    public Optional<LocalDate> monthEnd(LocalDate date) {
      return Optional.of(LunarDates.chineseMonthEnd(date));
    }

    @Override
    public String describe() {
      return "day " + day + " of month " + month + " (Chinese calendar)";
    }
  }

  /**
   * The local day (in {@code zone}) on which the sun reaches an apparent ecliptic longitude: the 24
   * solar terms; Qingming is 15 degrees.
   */
  record SolarTerm(double longitude, ZoneId zone) implements DateRule {
    @Override
    public List<LocalDate> dates(int year) {
      LocalDate d = LunarDates.solarTerm(year, longitude, zone);
      return d.getYear() == year ? List.of(d) : List.of();
    }

    @Override
    public String describe() {
      return "solar term at " + trim(longitude) + "° of solar longitude (" + zone + ")";
    }

    private static String trim(double d) {
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
  }

  /** Dates typed in from a published source, for every year from the first to the last listed. */
  record Table(NavigableMap<Integer, List<LocalDate>> years) implements DateRule {
    public Table {
      years = new TreeMap<>(years);
      if (years.isEmpty()) {
        throw new IllegalArgumentException("a table needs at least one year");
      }
    }

    @Override
    public List<LocalDate> dates(int year) {
      List<LocalDate> d = years.get(year);
      if (d == null) {
        throw new OutOfRange("is tabled for " + years.firstKey() + "-" + years.lastKey()
            + " only; " + year + " is outside it");
      }
      return d;
    }

    @Override
    public String describe() {
      return "dated table for " + years.firstKey() + "-" + years.lastKey();
    }
  }

  private static String monthName(Month m) {
    return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String dayName(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String ordinal(int n) {
    String suffix = switch (n % 10) {
      case 1 -> n % 100 == 11 ? "th" : "st";
      case 2 -> n % 100 == 12 ? "th" : "nd";
      case 3 -> n % 100 == 13 ? "th" : "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
