package dev.hashvet.rules.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.TestBooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The anniversaries against their sources: 100 chosen at random (fixed seed) from a table of
 * event dates as the reference lists give them (Wikipedia's lists of terrorist incidents, the
 * NOAA NCEI significant earthquake database, the Mother Jones database of US mass shootings),
 * kept in src/test/resources/dates/anniversary-source-dates.tsv.
 */
class AnniversaryDatesTest {
  private static final ObservanceCalendar CAL = TestBooks.calendar();
  private static final int SAMPLE = 100;

  private record SourceDate(String id, LocalDate date, String source) {}

  private static List<SourceDate> table() throws IOException {
    List<SourceDate> out = new ArrayList<>();
    try (InputStream in = AnniversaryDatesTest.class.getResourceAsStream(
        "/dates/anniversary-source-dates.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new SourceDate(f[0], LocalDate.parse(f[1]), f[2]));
      }
    }
    return out;
  }

  @Test
  void aHundredAnniversariesFallOnTheirSourcesDates() throws IOException {
    List<SourceDate> table = table();
    assertThat(table).hasSizeGreaterThanOrEqualTo(SAMPLE);
    Collections.shuffle(table, new Random(20261207L));
    for (SourceDate s : table.subList(0, SAMPLE)) {
      Observance o = CAL.observance(s.id()).orElseThrow(() -> new AssertionError(s.id()));
      assertThat(o.anniversary()).as(s.id()).isPresent();
      assertThat(o.anniversary().get().year()).as(s.id() + " year").isEqualTo(s.date().getYear());
      for (int year : List.of(2026, 2027, s.date().getYear() + 25)) {
        assertThat(o.spans(year)).as(s.id() + " in " + year + " (" + s.source() + ")")
            .extracting(span -> MonthDay.from(span.start()))
            .containsExactly(MonthDay.from(s.date()));
      }
    }
  }

  @Test
  void everyAnniversaryHasAPlausibleYearTollAndSource() {
    int anniversaries = 0;
    for (Observance o : CAL.observances()) {
      if (o.anniversary().isEmpty()) {
        continue;
      }
      anniversaries++;
      Anniversary a = o.anniversary().get();
      assertThat(a.year()).as(o.id()).isBetween(1800, 2026);
      a.toll().ifPresent(t -> assertThat(t).as(o.id()).isPositive());
      assertThat(o.source()).as(o.id()).isNotBlank();
    }
    assertThat(anniversaries).isGreaterThanOrEqualTo(400);
  }
}
