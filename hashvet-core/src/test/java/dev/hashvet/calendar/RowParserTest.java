package dev.hashvet.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.report.Origin;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A row's own date, zone, markets and languages, and every problem of a bad row at once. */
class RowParserTest {
  private final RowParser parser =
      new RowParser(List.of("GB"), List.of("en"), Optional.of(ZoneId.of("Europe/London")));

  private static RawRow raw(String... kv) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      values.put(kv[i], kv[i + 1]);
    }
    return new RawRow("plan.csv", 7, values, Map.of("owner", "dana"), Origin.line(7));
  }

  @Test
  void rowValuesWinOverTheDefaults() {
    CalendarRow r = parser.parse(raw("id", " a1 ", "text", "Hi #x", "publish_at",
        "2011-07-05T15:00", "timezone", "America/New_York", "regions", "us;in", "languages",
        "en,es"));
    assertThat(r.id()).isEqualTo("a1");
    assertThat(r.submission().row()).isEqualTo("a1");
    assertThat(r.submission().at().toString())
        .isEqualTo("2011-07-05T15:00-04:00[America/New_York]");
    assertThat(r.submission().regions()).containsExactly("US", "IN");
    assertThat(r.submission().languages()).containsExactly("en", "es");
    assertThat(r.columns()).containsEntry("owner", "dana");
  }

  @Test
  void defaultsApplyToEmptyCells() {
    CalendarRow r = parser.parse(raw("text", "Hi", "publish_at", "2026-07-04"));
    assertThat(r.submission().regions()).containsExactly("GB");
    assertThat(r.submission().languages()).containsExactly("en");
    assertThat(r.submission().at().getZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(r.submission().at().getHour()).as("a bare date is noon").isEqualTo(12);
    CalendarRow global = parser.parse(raw("text", "Hi", "publish_at", "2026-07-04T09:00Z",
        "regions", "global"));
    assertThat(global.submission().regions()).isEmpty();
  }

  @Test
  void everyProblemOfARowIsNamed() {
    assertThatThrownBy(() -> parser.parse(raw("text", " ", "publish_at", "tomorrow",
        "timezone", "Mars/Base", "regions", "US;XX", "languages", "klingon")))
        .hasMessageContaining("text: missing")
        .hasMessageContaining("publish_at: cannot read 'tomorrow'")
        .hasMessageContaining("timezone: unknown time zone 'Mars/Base'")
        .hasMessageContaining("regions: unknown region code 'XX'")
        .hasMessageContaining("languages: unknown language code 'klingon'");
    assertThatThrownBy(() -> parser.parse(raw("text", "Hi")))
        .hasMessageContaining("publish_at: missing");
    assertThatThrownBy(() -> parser.parse(raw("text", "Hi", "publish_at", "2026-02-30")))
        .hasMessageContaining("publish_at");
  }
}
