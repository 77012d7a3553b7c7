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
        "2026-09-11", Keys.TIME, "lunchtime"), java.util.Map.of(),
        dev.hashvet.report.Origin.line(2));
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

  private static CalendarRow dated(RowParser parser, String date, String time) {
    return parser.parse(new RawRow("plan", 2, java.util.Map.of(Keys.TEXT, "hi", Keys.PUBLISH_AT,
        date, Keys.TIME, time, Keys.REGIONS, "AU"), java.util.Map.of(),
        dev.hashvet.report.Origin.line(2)));
  }

  @Test
  void localDatesAreReadWhenUnambiguousOrByDateFormat() {
    assertThat(dated(PARSER, "12/24/2026", "9:00 AM").submission().at().toString())
        .isEqualTo("2026-12-24T09:00+11:00[Australia/Sydney]");
    assertThat(dated(PARSER, "24.12.2026", "").submission().at().toLocalDate().toString())
        .isEqualTo("2026-12-24");
    assertThat(dated(PARSER, "2026/12/24 18:30", "").submission().at().toLocalDateTime()
        .toString()).isEqualTo("2026-12-24T18:30");
    assertThatThrownBy(() -> dated(PARSER, "03/04/2027", ""))
        .hasMessageContaining("'03/04/2027' could be day-first or month-first")
        .hasMessageContaining("--date-format dd/MM/yyyy or MM/dd/yyyy");
    assertThatThrownBy(() -> dated(PARSER, "02/30/2027", "")).hasMessageContaining("not a date");

    RowParser us = new RowParser(List.of(), List.of(), Optional.empty(), List.of(),
        Optional.of("MM/dd/yyyy"));
    assertThat(dated(us, "03/04/2027", "").submission().at().toLocalDate().toString())
        .isEqualTo("2027-03-04");
    assertThat(dated(us, "2027-03-05", "").submission().at().toLocalDate().toString())
        .as("ISO dates still read").isEqualTo("2027-03-05");
    assertThatThrownBy(() -> dated(us, "24/12/2026", ""))
        .hasMessageContaining("does not match --date-format MM/dd/yyyy");
    assertThatThrownBy(() -> new RowParser(List.of(), List.of(), Optional.empty(), List.of(),
        Optional.of("MM/dd/yyyy{"))).isInstanceOf(HashvetException.class)
        .hasMessageStartingWith("--date-format: 'MM/dd/yyyy{' is not a date pattern");
  }

  @Test
  void columnsMapsAnyNameAndRejectsBadSpecs() throws IOException {
    List<String> unused = new ArrayList<>();
    Columns map = Columns.parse("text=Body, publish_at=When,regions=Territory");
    RawRow raw = (RawRow) read(CalendarFormat.CSV, "When,Body,Territory,Extra\n"
        + "2026-09-11,hi,UAE,x\n", map, unused).get(0);
    assertThat(raw.value(Keys.TEXT)).isEqualTo("hi");
    assertThat(raw.value(Keys.PUBLISH_AT)).isEqualTo("2026-09-11");
    assertThat(PARSER.parse(raw).submission().regions()).containsExactly("AE");
    assertThat(unused).containsExactly("Extra");
    assertThatThrownBy(() -> Columns.parse("txt=Body")).isInstanceOf(HashvetException.class)
        .hasMessage("--columns: unknown key 'txt'; did you mean text?");
    assertThatThrownBy(() -> Columns.parse("text")).hasMessageContaining("is not KEY=COLUMN");
    assertThatThrownBy(() -> Columns.parse("text=A,text=B")).hasMessageContaining("twice");
    assertThatThrownBy(() -> Columns.parse("text=A,id=a")).hasMessageContaining("twice");
  }
}
