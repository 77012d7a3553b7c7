package dev.hashvet.rules.dates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Gregorian dates of days in the Hijri, Hebrew and Chinese calendars, and of solar terms.
 *
 * <p>Hijri dates come from {@link HijrahDate} (the Umm al-Qura calendar of Saudi Arabia). Hebrew
 * dates come from ICU4J's arithmetic {@link HebrewCalendar}, which is exact. Chinese dates use
 * ICU4J's {@link ChineseCalendar} to number the months, but its new moons are low-precision and
 * land on the wrong side of midnight in Beijing in some years (it puts Lunar New Year 2027 on 7
 * February and 2030 on 2 February; the published dates are 6 February and 3 February), so each
 * month's first day is taken from an accurate new moon ({@link Astronomy}) near ICU's date.
 */
final class LunarDates {
  static final List<String> HIJRI_MONTHS = List.of(
      "muharram", "safar", "rabi_al_awwal", "rabi_al_thani", "jumada_al_ula", "jumada_al_thani",
      "rajab", "shaban", "ramadan", "shawwal", "dhu_al_qidah", "dhu_al_hijjah");

  /** ICU's month numbers: 5 is Adar I (leap years only), 6 is Adar (Adar II in leap years). */
  static final List<String> HEBREW_MONTHS = List.of(
      "tishrei", "heshvan", "kislev", "tevet", "shevat", "adar_i", "adar", "nisan", "iyar",
      "sivan", "tammuz", "av", "elul");

  /** Chinese calendar days begin at midnight China Standard Time. */
  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private static final double SYNODIC_MONTH_DAYS = 29.530588861;

  private LunarDates() {}

  static List<LocalDate> hijri(int year, int month, int day) {
    List<LocalDate> out = new ArrayList<>();
    try {
      int first = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
      int last = HijrahDate.from(LocalDate.of(year, 12, 31)).get(ChronoField.YEAR);
      for (int hy = first; hy <= last; hy++) {
        LocalDate d = LocalDate.from(HijrahDate.of(hy, month, day));
        if (d.getYear() == year) {
          out.add(d);
        }
      }
    } catch (DateTimeException e) {
      throw new DateRule.OutOfRange("is computed from the Umm al-Qura calendar, which covers "
          + hijriYears() + " only; " + year + " is outside it");
    }
    return out;
  }

  static LocalDate hijriMonthEnd(LocalDate date) {
    HijrahDate h = HijrahDate.from(date);
    return LocalDate.from(h.with(ChronoField.DAY_OF_MONTH, h.lengthOfMonth()));
  }

  /** The Gregorian years the JDK's Umm al-Qura data fully covers, e.g. "1883-2173". */
  private static String hijriYears() {
    var range = HijrahChronology.INSTANCE.range(ChronoField.EPOCH_DAY);
    return (LocalDate.ofEpochDay(range.getMinimum()).getYear() + 1) + "-"
        + (LocalDate.ofEpochDay(range.getMaximum()).getYear() - 1);
  }

  static List<LocalDate> hebrew(int year, int month, int day) {
    HebrewCalendar cal = new HebrewCalendar(TimeZone.GMT_ZONE);
    int first = yearAt(cal, LocalDate.of(year, 1, 1));
    int last = yearAt(cal, LocalDate.of(year, 12, 31));
    List<LocalDate> out = new ArrayList<>();
    for (int hy = first; hy <= last; hy++) {
      cal.clear();
      cal.set(Calendar.EXTENDED_YEAR, hy);
      cal.set(Calendar.MONTH, month);
      cal.set(Calendar.DAY_OF_MONTH, day);
      LocalDate d = julian(cal);
      if (d.getYear() == year) {
        out.add(d);
      }
    }
    return out;
  }

  static LocalDate hebrewMonthEnd(LocalDate date) {
    HebrewCalendar cal = new HebrewCalendar(TimeZone.GMT_ZONE);
    cal.setTimeInMillis(date.toEpochDay() * 86_400_000L);
    int day = cal.get(Calendar.DAY_OF_MONTH);
    return date.plusDays(cal.getActualMaximum(Calendar.DAY_OF_MONTH) - (long) day);
  }

  static List<LocalDate> chinese(int year, int month, int day) {
    ChineseCalendar cal = new ChineseCalendar(TimeZone.GMT_ZONE);
    int first = yearAt(cal, LocalDate.of(year, 1, 1));
    int last = yearAt(cal, LocalDate.of(year, 12, 31));
    List<LocalDate> out = new ArrayList<>();
    for (int cy = first; cy <= last; cy++) {
      cal.clear();
      cal.set(Calendar.EXTENDED_YEAR, cy);
      cal.set(Calendar.MONTH, month - 1);
      cal.set(Calendar.IS_LEAP_MONTH, 0);
      cal.set(Calendar.DAY_OF_MONTH, 1);
      LocalDate d = chinaDate(newMoonNear(julian(cal))).plusDays(day - 1L);
      if (d.getYear() == year) {
        out.add(d);
      }
    }
    return out;
  }

  static LocalDate chineseMonthEnd(LocalDate date) {
    Instant moon = newMoonNear(date);
    if (chinaDate(moon).isAfter(date)) {
      moon = newMoonNear(date.minusDays(29));
    }
    Instant next = Astronomy.newMoonNear(moon.plus(Duration.ofHours(Math.round(SYNODIC_MONTH_DAYS
        * 24))));
    return chinaDate(next).minusDays(1);
  }

  /** The local day in {@code zone} on which the sun reaches {@code longitude} in {@code year}. */
  static LocalDate solarTerm(int year, double longitude, ZoneId zone) {
    // The March equinox (0 degrees) is near 20 March; the sun moves about 360 degrees a year.
    double days = longitude / 360.0 * 365.2422;
    LocalDate guess = LocalDate.of(year, 3, 20).plusDays(Math.round(days));
    if (guess.getYear() > year) {
      guess = guess.minusDays(365);
    }
    Instant t = Astronomy.sunAtLongitude(longitude, guess.atStartOfDay(ZoneOffset.UTC).toInstant());
    return t.atZone(zone).toLocalDate();
  }

  private static Instant newMoonNear(LocalDate chinaDay) {
    return Astronomy.newMoonNear(chinaDay.atTime(12, 0).atOffset(CHINA).toInstant());
  }

  private static LocalDate chinaDate(Instant t) {
    return t.atOffset(CHINA).toLocalDate();
  }

  private static int yearAt(Calendar cal, LocalDate d) {
    cal.clear();
    cal.setTimeInMillis(d.toEpochDay() * 86_400_000L);
    return cal.get(Calendar.EXTENDED_YEAR);
  }

  private static LocalDate julian(Calendar cal) {
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, cal.get(Calendar.JULIAN_DAY));
  }
}
