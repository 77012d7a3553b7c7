package dev.hashvet.rules.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundledCalendarTest {
  @Test
  void loads() {
    ObservanceCalendar cal = ObservanceCalendar.bundled();
    assertThat(cal.observances()).hasSizeGreaterThanOrEqualTo(40);
  }
}
