package dev.hashvet.rules.dates;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/** Easter Sunday in the Western (Gregorian) and Orthodox (Julian computus) churches. */
final class Easter {
  private Easter() {}

  /**
   * Western Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every
   * Gregorian year.
   */
  static LocalDate western(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }

  /**
   * Orthodox Easter: Meeus's Julian computus gives the date in the Julian calendar, which is then
   * converted to the Gregorian date through the Julian day number.
   */
  static LocalDate orthodox(int y) {
    int a = y % 4;
    int b = y % 7;
    int c = y % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    return fromJulianCalendar(y, month, day);
  }

  /** The Gregorian date of a Julian-calendar date. */
  static LocalDate fromJulianCalendar(int year, int month, int day) {
    int a = (14 - month) / 12;
    long yy = year + 4800L - a;
    int mm = month + 12 * a - 3;
    long jdn = day + (153L * mm + 2) / 5 + 365 * yy + yy / 4 - 32083;
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jdn);
  }
}
