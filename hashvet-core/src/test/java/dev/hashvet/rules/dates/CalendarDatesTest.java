package dev.hashvet.rules.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date rules against published dates, and their invariants over two centuries. */
class CalendarDatesTest {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static LocalDate only(DateRule rule, int year) {
    List<LocalDate> d = rule.dates(year);
    assertThat(d).as("%s in %d", rule.describe(), year).hasSize(1);
    return d.get(0);
  }

  private static void matches(DateRule rule, int from, String... published) {
    for (int i = 0; i < published.length; i++) {
      assertThat(only(rule, from + i)).as("%s in %d", rule.describe(), from + i)
          .isEqualTo(LocalDate.parse(published[i]));
    }
  }

  private static void withinADay(DateRule rule, int from, String... published) {
    for (int i = 0; i < published.length; i++) {
      LocalDate want = LocalDate.parse(published[i]);
      assertThat(only(rule, from + i)).as("%s in %d", rule.describe(), from + i)
          .isBetween(want.minusDays(1), want.plusDays(1));
    }
  }

  @Test
  void eidAlFitrWithinADayOfThePublishedDates2020To2030() {
    // Announced dates (Saudi Arabia) through 2025, then the published expected dates; countries
    // that sight the moon locally can differ by a day, which the observances' windows cover.
    withinADay(new DateRule.Hijri(10, 1), 2020,
        "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21", "2024-04-10", "2025-03-30",
        "2026-03-20", "2027-03-10", "2028-02-27", "2029-02-15", "2030-02-05");
  }

  @Test
  void eidAlAdhaWithinADayOfThePublishedDates2020To2030() {
    withinADay(new DateRule.Hijri(12, 10), 2020,
        "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16", "2025-06-06",
        "2026-05-27", "2027-05-17", "2028-05-06", "2029-04-25", "2030-04-14");
  }

  @Test
  void aHijriDateCanFallTwiceInOneGregorianYear() {
    assertThat(new DateRule.Hijri(9, 1).dates(2030))
        .containsExactly(LocalDate.of(2030, 1, 5), LocalDate.of(2030, 12, 26));
  }

  @Test
  void ramadanLastsTheWholeHijriMonth() {
    Schedule ramadan = new Schedule(new DateRule.Hijri(9, 1), 0, java.util.Map.of(), 1, true);
    for (int y = 2000; y <= 2100; y++) {
      for (DateSpan s : ramadan.spans(y)) {
        long days = ChronoUnit.DAYS.between(s.start(), s.end()) + 1;
        assertThat(days).as("Ramadan starting %s", s.start()).isBetween(29L, 30L);
        assertThat(new DateRule.Hijri(10, 1).dates(s.end().plusDays(1).getYear()))
            .contains(s.end().plusDays(1));
      }
    }
  }

  @Test
  void hijriOutsideTheCalendarDataIsAnErrorNotAGuess() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DateRule.Hijri(9, 1).dates(2190))
        .isInstanceOf(DateRule.OutOfRange.class)
        .hasMessageContaining("Umm al-Qura").hasMessageContaining("2190 is outside it");
  }

  @Test
  void yomKippurMatchesThePublishedDates2020To2030() {
    matches(new DateRule.Hebrew(0, 10), 2020,
        "2020-09-28", "2021-09-16", "2022-10-05", "2023-09-25", "2024-10-12", "2025-10-02",
        "2026-09-21", "2027-10-11", "2028-09-30", "2029-09-19", "2030-10-07");
  }

  @Test
  void yomHaShoahMovesOffFridayAndSunday() {
    Schedule s = new Schedule(new DateRule.Hebrew(7, 27), 0,
        java.util.Map.of(DayOfWeek.FRIDAY, -1, DayOfWeek.SUNDAY, 1), 1, false);
    assertThat(s.spans(2024).get(0).start()).isEqualTo("2024-05-06"); // 27 Nisan was a Sunday
    assertThat(s.spans(2025).get(0).start()).isEqualTo("2025-04-24"); // 27 Nisan was a Friday
    assertThat(s.spans(2026).get(0).start()).isEqualTo("2026-04-14"); // a Tuesday, unmoved
    for (int y = 1960; y <= 2100; y++) {
      DayOfWeek d = s.spans(y).get(0).start().getDayOfWeek();
      assertThat(d).as("%d", y).isNotIn(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
  }

  @Test
  void tishaBavMovesOffTheSabbath() {
    Schedule s = new Schedule(new DateRule.Hebrew(11, 9), 0,
        java.util.Map.of(DayOfWeek.SATURDAY, 1), 1, false);
    assertThat(s.spans(2025).get(0).start()).isEqualTo("2025-08-03");
    for (int y = 1960; y <= 2100; y++) {
      assertThat(s.spans(y).get(0).start().getDayOfWeek()).isNotEqualTo(DayOfWeek.SATURDAY);
    }
  }

  @Test
  void lunarNewYearMatchesThePublishedDates2020To2030() {
    // ICU4J's own ChineseCalendar gives 2027-02-07 and 2030-02-02 here; see LunarDates.
    matches(new DateRule.Chinese(1, 1), 2020,
        "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29",
        "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03");
  }

  @Test
  void lunarNewYearMatchesAPublishedTable1901To2100() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("/dates/lunar-new-year-1901-2100.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }
    assertThat(lines).hasSize(200);
    for (String l : lines) {
      LocalDate want = LocalDate.parse(l);
      assertThat(only(new DateRule.Chinese(1, 1), want.getYear())).isEqualTo(want);
    }
  }

  @Test
  void aChineseMonthEndsTheDayBeforeTheNextNewMoon() {
    LocalDate lny = only(new DateRule.Chinese(1, 1), 2026);
    LocalDate end = new DateRule.Chinese(1, 1).monthEnd(lny).orElseThrow();
    assertThat(ChronoUnit.DAYS.between(lny, end) + 1).isBetween(29L, 30L);
    assertThat(new DateRule.Chinese(1, 1).monthEnd(end).orElseThrow()).isEqualTo(end);
  }

  @Test
  void qingmingMatchesThePublishedDates2020To2030() {
    matches(new DateRule.SolarTerm(15, BEIJING), 2020,
        "2020-04-04", "2021-04-04", "2022-04-05", "2023-04-05", "2024-04-04", "2025-04-04",
        "2026-04-05", "2027-04-05", "2028-04-04", "2029-04-04", "2030-04-05");
  }

  @Test
  void qingmingAgreesWithTheLeapCycleRule1901To2099() {
    // Independent check: within a leap cycle the term drifts by a quarter day a year, so the date
    // switches at known years (the leap-cycle rule the python-holidays project uses for 1901-2099).
    int[] fourthFrom = {1976, 2009, 2042, 2075};
    for (int y = 1901; y <= 2099; y++) {
      int day = y >= fourthFrom[y % 4] ? 4 : (y % 4 == 2 && y <= 1910) || (y % 4 == 3 && y <= 1943)
          ? 6 : 5;
      assertThat(only(new DateRule.SolarTerm(15, BEIJING), y)).as("Qingming %d", y)
          .isEqualTo(LocalDate.of(y, 4, day));
    }
  }

  @Test
  void equinoxesAndSolsticesWithinTenMinutesOfThePublishedInstants() {
    // US Naval Observatory instants (UT) of the equinoxes and solstices.
    String[][] known = {
      {"0", "2000-03-20T07:35:00Z"}, {"90", "2000-06-21T01:48:00Z"},
      {"180", "2000-09-22T17:28:00Z"}, {"270", "2000-12-21T13:37:00Z"},
      {"0", "2024-03-20T03:06:00Z"}, {"90", "2024-06-20T20:51:00Z"},
      {"180", "2024-09-22T12:44:00Z"}, {"270", "2024-12-21T09:20:00Z"}
    };
    for (String[] k : known) {
      java.time.Instant want = java.time.Instant.parse(k[1]);
      java.time.Instant got = Astronomy.sunAtLongitude(Double.parseDouble(k[0]),
          want.minus(java.time.Duration.ofDays(3)));
      assertThat(java.time.Duration.between(want, got).abs().toMinutes()).as(k[1])
          .isLessThanOrEqualTo(10);
    }
  }

  @Test
  void memorialDayIsTheLastMondayOfMay() {
    DateRule r = new DateRule.NthWeekday(Month.MAY, DayOfWeek.MONDAY, -1);
    matches(r, 2020, "2020-05-25", "2021-05-31", "2022-05-30", "2023-05-29", "2024-05-27",
        "2025-05-26", "2026-05-25", "2027-05-31", "2028-05-29", "2029-05-28", "2030-05-27");
    for (int y = 1900; y <= 2100; y++) {
      LocalDate d = only(r, y);
      assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      assertThat(d).isBetween(LocalDate.of(y, 5, 25), LocalDate.of(y, 5, 31));
    }
  }

  @Test
  void remembranceSundayIsTheSecondSundayOfNovember() {
    DateRule r = new DateRule.NthWeekday(Month.NOVEMBER, DayOfWeek.SUNDAY, 2);
    matches(r, 2020, "2020-11-08", "2021-11-14", "2022-11-13", "2023-11-12", "2024-11-10",
        "2025-11-09", "2026-11-08", "2027-11-14", "2028-11-12", "2029-11-11", "2030-11-10");
    for (int y = 1900; y <= 2100; y++) {
      assertThat(only(r, y)).isBetween(LocalDate.of(y, 11, 8), LocalDate.of(y, 11, 14));
    }
  }

  @Test
  void volkstrauertagIsTwoSundaysBeforeTheFirstSundayOfAdvent() {
    DateRule r = new DateRule.WeekdayBefore(MonthDay.of(12, 25), DayOfWeek.SUNDAY, 6);
    matches(r, 2020, "2020-11-15", "2021-11-14", "2022-11-13", "2023-11-19", "2024-11-17",
        "2025-11-16", "2026-11-15", "2027-11-14", "2028-11-19", "2029-11-18", "2030-11-17");
    for (int y = 1900; y <= 2100; y++) {
      LocalDate d = only(r, y);
      // The first Sunday of Advent is the Sunday from 27 November to 3 December.
      LocalDate advent = d.plusWeeks(2);
      assertThat(advent.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(advent).isBetween(LocalDate.of(y, 11, 27), LocalDate.of(y, 12, 3));
    }
  }

  @Test
  void aFifthWeekdayThatDoesNotExistGivesNoDay() {
    DateRule r = new DateRule.NthWeekday(Month.FEBRUARY, DayOfWeek.MONDAY, 5);
    assertThat(r.dates(2026)).isEmpty();
    assertThat(r.dates(2016)).containsExactly(LocalDate.of(2016, 2, 29));
  }

  @Test
  void goodFridayIsEasterMinusTwoAcrossTheYearEdge() {
    Schedule s = new Schedule(new DateRule.EasterSunday(false), -2, java.util.Map.of(), 1, false);
    assertThat(s.spans(2026)).containsExactly(DateSpan.day(LocalDate.of(2026, 4, 3)));
    assertThat(s.describe()).isEqualTo("Western Easter Sunday, 2 days earlier");
  }

  @Test
  void weekdayFromCountsTheDayItself() {
    // Midsummer Day in Sweden: the Saturday from 20 June (20 June 2026 is a Saturday).
    DateRule midsummer = new DateRule.WeekdayFrom(MonthDay.of(6, 20), DayOfWeek.SATURDAY, 1);
    matches(midsummer, 2024, "2024-06-22", "2025-06-21", "2026-06-20", "2027-06-26");
    // The 3rd Monday from 15 January; a late anchor spills into the next year.
    DateRule third = new DateRule.WeekdayFrom(MonthDay.of(1, 15), DayOfWeek.MONDAY, 3);
    matches(third, 2027, "2027-02-01");
    assertThat(new DateRule.WeekdayFrom(MonthDay.of(12, 30), DayOfWeek.MONDAY, 2).dates(2026))
        .containsExactly(LocalDate.parse("2027-01-11"));
    assertThat(midsummer.describe()).isEqualTo("1st Saturday from 20 June");
  }

  @Test
  void julianDatesAreThirteenDaysLaterUntil2100() {
    DateRule christmas = new DateRule.Julian(MonthDay.of(12, 25));
    matches(christmas, 2024, "2024-01-07", "2025-01-07", "2026-01-07");
    assertThat(christmas.dates(2101)).containsExactly(LocalDate.parse("2101-01-08"));
    // Julian 1 January (Old New Year) is 14 January; Julian 19 August 2026 is 1 September.
    matches(new DateRule.Julian(MonthDay.of(1, 1)), 2026, "2026-01-14");
    matches(new DateRule.Julian(MonthDay.of(8, 19)), 2026, "2026-09-01");
    assertThat(DateRule.Julian.toGregorian(1582, 10, 5)).isEqualTo(LocalDate.of(1582, 10, 15));
    assertThat(christmas.describe()).isEqualTo("25 December (Julian calendar)");
  }
}
