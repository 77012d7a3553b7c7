package dev.hashvet.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A marketer's export: Date, Time, Channel, Copy, Market and columns hashvet does not read. */
class SpreadsheetColumnsTest {
  private static final String EXPORT = "Date,Time,Channel,Copy,Market,Owner\n"
      + "2026-09-11,08:30,instagram,\"Free coffee today, #NeverForget\",US,dana\n";

  private static List<Entry> read(CalendarFormat format, String text, Columns columns,
      List<String> unused) throws IOException {
    List<Entry> out = new ArrayList<>();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (CalendarReader r = format.reader("plan", new ByteArrayInputStream(bytes), columns)) {
      for (Entry e = r.next(); e != null; e = r.next()) {
        out.add(e);
      }
      unused.addAll(r.unused());
    }
    return out;
  }

  private static final RowParser PARSER =
      new RowParser(List.of(), List.of(), Optional.empty());

  @Test
  void exportNamesAreReadAndOnlyTheRestIsUnused() throws IOException {
    List<String> unused = new ArrayList<>();
    RawRow raw = (RawRow) read(CalendarFormat.CSV, EXPORT, Columns.STANDARD, unused).get(0);
    assertThat(raw.value(Keys.PUBLISH_AT)).isEqualTo("2026-09-11");
    assertThat(raw.value(Keys.TIME)).isEqualTo("08:30");
    assertThat(raw.value(Keys.TEXT)).isEqualTo("Free coffee today, #NeverForget");
    assertThat(raw.value(Keys.REGIONS)).isEqualTo("US");
    assertThat(raw.columns()).containsExactly(
        java.util.Map.entry("channel", "instagram"), java.util.Map.entry("Owner", "dana"));
    assertThat(unused).containsExactly("Owner");

    CalendarRow row = PARSER.parse(raw);
    assertThat(row.submission().at().toString())
        .as("Time joins Date, in the first market's zone")
        .isEqualTo("2026-09-11T08:30-04:00[America/New_York]");
    assertThat(row.submission().regions()).containsExactly("US");
  }

  @Test
  void jsonExportNamesAndUnusedKeys() throws IOException {
    List<String> unused = new ArrayList<>();
    String json = "[{\"Post\": \"Hi #x\", \"date\": \"2026-09-11\", \"time\": \"9:15 PM\","
        + " \"country\": \"IN\", \"Notes\": \"n\"}, {\"Caption\": \"b\", \"Date\": \"2026-09-12\","
        + " \"Notes\": \"m\", \"Brief\": 1}]";
    List<Entry> rows = read(CalendarFormat.JSON, json, Columns.STANDARD, unused);
    assertThat(unused).containsExactly("Notes", "Brief");
    CalendarRow first = PARSER.parse((RawRow) rows.get(0));
    assertThat(first.submission().at().toString())
        .isEqualTo("2026-09-11T21:15+05:30[Asia/Kolkata]");
    assertThat(((RawRow) rows.get(1)).value(Keys.TEXT)).isEqualTo("b");
  }

  @Test
  void unreadableTimesAndDateTimesWithATimeColumnAreRowErrors() {
    RawRow bad = new RawRow("plan", 2, java.util.Map.of(Keys.TEXT, "hi", Keys.PUBLISH_AT,
        "2026-09-11", Keys.TIME, "lunchtime"), java.util.Map.of(), dev.hashvet.report.Origin.line(2));
    assertThatThrownBy(() -> PARSER.parse(bad)).isInstanceOf(HashvetException.class)
        .hasMessageContaining("time: cannot read 'lunchtime'");
    RawRow both = new RawRow("plan", 2, java.util.Map.of(Keys.TEXT, "hi", Keys.PUBLISH_AT,
        "2026-09-11T10:00", Keys.TIME, "09:00"), java.util.Map.of(),
        dev.hashvet.report.Origin.line(2));
    assertThatThrownBy(() -> PARSER.parse(both)).hasMessageContaining("not a date on its own");
  }

  @Test
  void theWarningNamesEachUnusedColumnOnce() {
    assertThat(CalendarRunner.unused("plan.csv", List.of())).isEmpty();
    assertThat(CalendarRunner.unused("plan.csv", List.of("Owner", "Notes")).get())
        .startsWith("plan.csv: columns 'Owner', 'Notes' are not read by hashvet")
        .contains("--columns KEY=COLUMN");
  }
}
