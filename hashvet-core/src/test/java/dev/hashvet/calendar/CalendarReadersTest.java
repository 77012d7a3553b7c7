package dev.hashvet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CSV, JSON and YAML calendars read as rows with their lines, columns and bad rows. */
class CalendarReadersTest {
  private static List<Entry> read(CalendarFormat format, String file, String text)
      throws IOException {
    return read(format, file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Entry> read(CalendarFormat format, String file, byte[] bytes)
      throws IOException {
    List<Entry> out = new ArrayList<>();
    try (CalendarReader r = format.reader(file, new ByteArrayInputStream(bytes))) {
      for (Entry e = r.next(); e != null; e = r.next()) {
        out.add(e);
      }
      assertThat(r.bytesRead()).isEqualTo(bytes.length);
    }
    return out;
  }

  private static RawRow row(Entry e) {
    assertThat(e).as(e.toString()).isInstanceOf(RawRow.class);
    return (RawRow) e;
  }

  private static BadRow bad(Entry e) {
    assertThat(e).as(e.toString()).isInstanceOf(BadRow.class);
    return (BadRow) e;
  }

  @Test
  void csvHeaderNamesMatchLooselyAndOtherColumnsAreCarriedInOrder() throws IOException {
    List<Entry> rows = read(CalendarFormat.CSV, "plan.csv",
        "ID, Publish At ,Time-Zone,Region,Text,owner,channel,Asset URL\n"
            + "a1,2026-07-04T09:00,America/New_York,US;IN,\"Hello, #world\",dana,x,"
            + "https://e.x/1\n");
    RawRow r = row(rows.get(0));
    assertThat(r.line()).isEqualTo(2);
    assertThat(r.value(Keys.ID)).isEqualTo("a1");
    assertThat(r.value(Keys.PUBLISH_AT)).isEqualTo("2026-07-04T09:00");
    assertThat(r.value(Keys.TIMEZONE)).isEqualTo("America/New_York");
    assertThat(r.value(Keys.REGIONS)).isEqualTo("US;IN");
    assertThat(r.value(Keys.TEXT)).isEqualTo("Hello, #world");
    assertThat(r.columns().keySet()).containsExactly("owner", "channel", "Asset URL");
    assertThat(r.origin().textLine()).isEqualTo(2);
    assertThat(r.origin().textColumn()).isEqualTo(45);
    assertThat(r.origin().quoted()).isTrue();
  }

  @Test
  void csvWithoutTextOrPublishAtColumnIsOneErrorForTheFile() throws IOException {
    List<Entry> rows = read(CalendarFormat.CSV, "plan.csv", "id,publish_at,txt\n1,2026-01-01,hi\n");
    assertThat(rows).hasSize(1);
    assertThat(bad(rows.get(0)).line()).isEqualTo(1);
    assertThat(bad(rows.get(0)).message()).contains("no 'text' column").contains("txt");
    List<Entry> dup = read(CalendarFormat.CSV, "plan.csv", "text,publish_at,Text\n");
    assertThat(bad(dup.get(0)).message()).contains("twice");
  }

  @Test
  void csvRowsWithTooManyFieldsOrBadBytesAreBadRowsAndTheRestIsRead() throws IOException {
    byte[] head = "id,publish_at,text\n1,2026-01-01,a, b\n2,2026-01-01,ok\n3,2026-01-01,"
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\n4,2026-01-01\n,,\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC3;
    all[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, all, head.length + 2, tail.length);
    List<Entry> rows = read(CalendarFormat.CSV, "plan.csv", all);
    assertThat(rows).hasSize(4);
    assertThat(bad(rows.get(0)).message()).contains("4 fields but the header has 3");
    assertThat(row(rows.get(1)).value(Keys.TEXT)).isEqualTo("ok");
    assertThat(bad(rows.get(2)).message()).contains("not valid UTF-8");
    assertThat(bad(rows.get(2)).line()).isEqualTo(4);
    RawRow short4 = row(rows.get(3));
    assertThat(short4.line()).isEqualTo(5);
    assertThat(short4.value(Keys.TEXT)).as("a missing last field reads as empty").isEmpty();
  }

  @Test
  void jsonRowsAreNumberedByItemAndKeepScalarsAsWritten() throws IOException {
    String json = "[\n"
        + "  {\"id\": \"007\", \"publish_at\": \"2026-07-04\", \"regions\": [\"US\", \"IN\"],\n"
        + "   \"text\": \"Hi #x\", \"budget\": 1200.50, \"tags\": {\"a\": 1}, \"paid\": true},\n"
        + "  \"not an object\",\n"
        + "  {\"id\": 8, \"publish_at\": \"2026-07-05\", \"text\": null,"
        + " \"languages\": \"en;es\"}\n"
        + "]\n";
    List<Entry> rows = read(CalendarFormat.JSON, "plan.json", json);
    assertThat(rows).hasSize(3);
    RawRow first = row(rows.get(0));
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.origin().line()).as("the physical line of the item").isEqualTo(2);
    assertThat(first.value(Keys.ID)).isEqualTo("007");
    assertThat(first.value(Keys.REGIONS)).isEqualTo("US;IN");
    assertThat(first.columns()).containsEntry("budget", "1200.50").containsEntry("paid", "true")
        .containsEntry("tags", "{\"a\":1}");
    assertThat(bad(rows.get(1)).line()).isEqualTo(2);
    assertThat(bad(rows.get(1)).message()).contains("item 2").contains("a string");
    RawRow third = row(rows.get(2));
    assertThat(third.line()).isEqualTo(3);
    assertThat(third.value(Keys.ID)).isEqualTo("8");
    assertThat(third.value(Keys.TEXT)).isEmpty();
  }

  @Test
  void jsonSyntaxErrorEndsTheFileWithOneBadRow() throws IOException {
    List<Entry> rows = read(CalendarFormat.JSON, "plan.json",
        "[{\"text\": \"a\", \"publish_at\": \"2026-01-01\"},\n {\"text\": \"b\",, }]");
    assertThat(rows).hasSize(2);
    row(rows.get(0));
    assertThat(bad(rows.get(1)).line()).isEqualTo(2);
    assertThat(bad(rows.get(1)).message()).contains("JSON syntax error at line 2");
    List<Entry> notList = read(CalendarFormat.JSON, "plan.json", "{\"text\": \"a\"}");
    assertThat(bad(notList.get(0)).message()).contains("must be a list");
  }

  @Test
  void yamlRowsAreNumberedByTheLineOfTheirItem() throws IOException {
    String yaml = "# campaign\n"
        + "- id: a\n"
        + "  publish_at: 2026-07-04T09:00\n"
        + "  regions: [NO, IN]\n"
        + "  text: \"Hi #x\"\n"
        + "\n"
        + "- id: 007\n"
        + "  publish_at: '2026-07-05'\n"
        + "  text: |\n"
        + "    two\n"
        + "    lines\n"
        + "  extra: [1, [2, 3]]\n"
        + "- just a string\n";
    List<Entry> rows = read(CalendarFormat.YAML, "plan.yaml", yaml);
    assertThat(rows).hasSize(3);
    RawRow a = row(rows.get(0));
    assertThat(a.line()).isEqualTo(2);
    assertThat(a.value(Keys.REGIONS)).as("Norway stays a region, not a boolean").isEqualTo("NO;IN");
    assertThat(a.value(Keys.PUBLISH_AT)).isEqualTo("2026-07-04T09:00");
    RawRow b = row(rows.get(1));
    assertThat(b.line()).isEqualTo(7);
    assertThat(b.value(Keys.ID)).isEqualTo("007");
    assertThat(b.value(Keys.TEXT)).isEqualTo("two\nlines\n");
    assertThat(b.columns().get("extra")).isEqualTo("[1,[2,3]]");
    assertThat(bad(rows.get(2)).line()).isEqualTo(13);
  }

  @Test
  void formatFromTheExtensionOrTheOverride() {
    assertThat(CalendarFormat.of("a/b.CSV", Optional.empty())).isEqualTo(CalendarFormat.CSV);
    assertThat(CalendarFormat.of("b.yml", Optional.empty())).isEqualTo(CalendarFormat.YAML);
    assertThat(CalendarFormat.of("b.json", Optional.empty())).isEqualTo(CalendarFormat.JSON);
    assertThat(CalendarFormat.of("b.data", Optional.of(CalendarFormat.JSON)))
        .isEqualTo(CalendarFormat.JSON);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> CalendarFormat.of("b.data", Optional.empty())).hasMessageContaining("b.data");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CalendarFormat.parse("xml"))
        .hasMessageContaining("--input-format");
  }
}
