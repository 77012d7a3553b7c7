package dev.hashvet.rules.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EasterTest {
  /** Published dates of Western Easter Sunday. */
  private static final String[] WESTERN = {
    "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20",
    "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21"
  };

  /** Published dates of Orthodox Easter Sunday (Gregorian calendar). */
  private static final String[] ORTHODOX = {
    "2020-04-19", "2021-05-02", "2022-04-24", "2023-04-16", "2024-05-05", "2025-04-20",
    "2026-04-12", "2027-05-02", "2028-04-16", "2029-04-08", "2030-04-28"
  };

  @Test
  void westernEasterMatchesThePublishedDates2020To2030() {
    for (int i = 0; i < WESTERN.length; i++) {
      assertThat(Easter.western(2020 + i)).as("Easter %d", 2020 + i)
          .isEqualTo(LocalDate.parse(WESTERN[i]));
    }
  }

  @Test
  void orthodoxEasterMatchesThePublishedDates2020To2030() {
    for (int i = 0; i < ORTHODOX.length; i++) {
      assertThat(Easter.orthodox(2020 + i)).as("Orthodox Easter %d", 2020 + i)
          .isEqualTo(LocalDate.parse(ORTHODOX[i]));
    }
  }

  @Test
  void westernEasterAgreesWithKnuthsAlgorithm1900To2100() {
    for (int y = 1900; y <= 2100; y++) {
      LocalDate d = Easter.western(y);
      assertThat(d).as("year %d", y).isEqualTo(knuth(y));
      assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(d).isBetween(LocalDate.of(y, 3, 22), LocalDate.of(y, 4, 25));
    }
  }

  @Test
  void orthodoxEasterAgreesWithGausssJulianFormula1900To2100() {
    for (int y = 1900; y <= 2100; y++) {
      LocalDate d = Easter.orthodox(y);
      assertThat(d).as("year %d", y).isEqualTo(gaussJulian(y));
      assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(d).isAfterOrEqualTo(Easter.western(y));
    }
  }

  /** Knuth, The Art of Computer Programming vol. 1, 1.3.2 exercise 14 (Algorithm E). */
  private static LocalDate knuth(int y) {
    int g = y % 19 + 1;
    int c = y / 100 + 1;
    int x = 3 * c / 4 - 12;
    int z = (8 * c + 5) / 25 - 5;
    int d = 5 * y / 4 - x - 10;
    int e = ((11 * g + 20 + z - x) % 30 + 30) % 30;
    if ((e == 25 && g > 11) || e == 24) {
      e++;
    }
    int n = 44 - e;
    if (n < 21) {
      n += 30;
    }
    n = n + 7 - (d + n) % 7;
    return n > 31 ? LocalDate.of(y, 4, n - 31) : LocalDate.of(y, 3, n);
  }

  /**
   * Gauss's formula for Julian Easter (22 March + d + e), shifted to the Gregorian calendar by the
   * secular difference between the calendars (13 days in 1900-2099, 14 in 2100).
   */
  private static LocalDate gaussJulian(int y) {
    int a = y % 19;
    int b = y % 4;
    int c = y % 7;
    int d = (19 * a + 15) % 30;
    int e = (2 * b + 4 * c + 6 * d + 6) % 7;
    int difference = y / 100 - y / 400 - 2;
    return LocalDate.of(y, 3, 22).plusDays(d + e + difference);
  }
}
