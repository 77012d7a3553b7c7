package dev.hashvet.rules.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import dev.hashvet.YamlDoc;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad observance data fails loudly, naming the file and line. */
class ObservanceReaderTest {
  private static final String ZONES = "zones: {US: America/New_York}\n";

  private static final String GOOD = """
      observances:
        - id: xx.test-day
          name: Test Day
          regions: [US]
          kind: remembrance
          date: {fixed: "05-01"}
          promo: review
          plain: none
          guidance: Careful.
          source: test
          examples: {2026: 2026-05-01}
      """;

  private static ObservanceCalendar load(String observances) {
    return load(observances, ZONES);
  }

  private static ObservanceCalendar load(String observances, String zones) {
    return ObservanceCalendar.load(
        List.of(YamlDoc.parse("t.yml", observances.getBytes(StandardCharsets.UTF_8))),
        YamlDoc.parse("zones.yml", zones.getBytes(StandardCharsets.UTF_8)));
  }

  private static void fails(String yaml, String where, String message) {
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(HashvetException.class)
        .hasMessageStartingWith(where)
        .hasMessageContaining(message);
  }

  @Test
  void aGoodFileLoads() {
    ObservanceCalendar cal = load(GOOD);
    Observance o = cal.observance("xx.test-day").orElseThrow();
    assertThat(o.where()).isEqualTo("t.yml:2");
    assertThat(o.severities().plain()).isEmpty();
    assertThat(o.window()).isEqualTo(Window.DAY);
  }

  @Test
  void unknownKeysNameFileAndLine() {
    fails(GOOD.replace("    source: test\n", "    source: test\n    colour: red\n"),
        "t.yml:11", "unknown key 'colour'");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{fixed: \"05-01\", every: year}"), "t.yml:6",
        "unknown key 'every' in 'date'");
    fails("observances: []\nextra: 1\n", "t.yml:2", "unknown key 'extra'");
  }

  @Test
  void badValuesNameFileAndLine() {
    fails(GOOD.replace("[US]", "[XX]"), "t.yml:4", "unknown region code 'XX'");
    fails(GOOD.replace("[US]", "[NO]"), "t.yml:4", "write \"NO\" in quotes");
    fails(GOOD.replace("[US]", "[global, US]"), "t.yml:4", "'global' already means every market");
    fails(GOOD.replace("kind: remembrance", "kind: sad"), "t.yml:5", "unknown kind 'sad'");
    fails(GOOD.replace("promo: review", "promo: never"), "t.yml:7",
        "'promo' is info, review or block");
    fails(GOOD.replace("promo: review", "promo: info").replace("plain: none", "plain: review"),
        "t.yml:8", "'plain' (review) is above 'promo' (info)");
    fails(GOOD.replace("plain: none", "plain: block"), "t.yml:8", "'plain' is none, info or review");
    fails(GOOD.replace("\"05-01\"", "\"13-01\""), "t.yml:6", "a month and day such as");
    fails(GOOD.replace("\"05-01\"", "\"02-29\""), "t.yml:6", "29 February is not in every year");
    fails(GOOD.replace("id: xx.test-day", "id: Test Day"), "t.yml:2", "must look like");
    fails(GOOD.replace("    guidance: Careful.\n", ""), "t.yml:2", "missing required key 'guidance'");
  }

  @Test
  void anAnniversaryNamesItsYearTollEventAndTerms() {
    String good = GOOD.replace("    examples: {2026: 2026-05-01}\n",
        "    examples: {2026: 2026-05-01}\n    year: 2013\n    toll: 1134\n    event: industrial\n"
            + "    terms: [Rana Plaza]\n");
    Anniversary a = load(good).observance("xx.test-day").orElseThrow().anniversary().orElseThrow();
    assertThat(a.year()).isEqualTo(2013);
    assertThat(a.toll()).hasValue(1134);
    assertThat(a.event()).contains("industrial");
    assertThat(a.terms()).containsExactly("Rana Plaza");
    assertThat(load(GOOD).observance("xx.test-day").orElseThrow().anniversary()).isEmpty();
    fails(GOOD.replace("    source: test\n", "    source: test\n    toll: 5\n"), "t.yml:11",
        "give its 'year' too");
    fails(good.replace("event: industrial", "event: accident"), "t.yml:14",
        "unknown event 'accident'");
    fails(good.replace("toll: 1134", "toll: many"), "t.yml:13", "expected a whole number");
    fails(good.replace("terms: [Rana Plaza]", "terms: []"), "t.yml:15", "'terms' lists the words");
  }

  @Test
  void dateRulesAreChecked() {
    fails(GOOD.replace("{fixed: \"05-01\"}", "{fixed: \"05-01\", easter: western}"), "t.yml:6",
        "exactly one rule");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{days: 2}"), "t.yml:6", "exactly one rule");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{fixed: \"05-01\", days: month}"), "t.yml:6",
        "'days: month' needs a hijri, hebrew or chinese date");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{hijri: {month: ramadam, day: 1}}"), "t.yml:6",
        "unknown month 'ramadam'");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{hebrew: {month: adar_i, day: 14}}"), "t.yml:6",
        "adar_i exists only in leap years");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{easter: eastern}"), "t.yml:6",
        "'easter' is western or orthodox");
    fails(GOOD.replace("{fixed: \"05-01\"}",
        "{nth_weekday: {month: may, weekday: funday, nth: 1}}"), "t.yml:6",
        "unknown weekday 'funday'");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{table: {2024: 2024-05-01, 2026: 2026-05-01}}"),
        "t.yml:6", "the table skips 2025");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{table: {2024: 2025-05-01}}"), "t.yml:6",
        "2025-05-01 is not in 2024");
  }

  @Test
  void examplesMustMatchTheRule() {
    fails(GOOD.replace("{2026: 2026-05-01}", "{2026: 2026-05-02}"), "t.yml:11",
        "example 2026 says 2026-05-02 but the date rule gives 2026-05-01");
    fails(GOOD.replace("{fixed: \"05-01\"}", "{table: {2024: 2024-05-01, 2025: 2025-05-01}}"),
        "t.yml:11", "example 2026: Test Day is tabled for 2024-2025 only; 2026 is outside it");
    fails(GOOD.replace("    examples: {2026: 2026-05-01}\n", ""), "t.yml:2",
        "'examples' maps years to dates");
  }

  @Test
  void timesZonesAndOverridesAreChecked() {
    fails(GOOD.replace("    promo:", "    zone: Asia/Tokyo\n    promo:"), "t.yml:7",
        "'zone' is the zone of 'time'");
    assertThat(load(GOOD.replace("    promo:", "    time: 14:46\n    promo:"))
        .observance("xx.test-day").orElseThrow().time()).hasValueSatisfying(t ->
            assertThat(t).hasToString("14:46"));
    fails(GOOD.replace("    promo:", "    time: \"25:00\"\n    promo:"), "t.yml:7",
        "expected a time such as");
    fails(GOOD.replace("    promo:", "    time: \"14:46\"\n    zone: Mars/Base\n    promo:"),
        "t.yml:8", "unknown time zone 'Mars/Base'");
    fails(GOOD.replace("    guidance:", "    overrides: {GB: {promo: block, plain: info}}\n"
        + "    guidance:"), "t.yml:9", "GB is not in this observance's regions");
  }

  @Test
  void duplicateIdsAndBadZonesFail() {
    String twice = GOOD + GOOD.substring(GOOD.indexOf("  - id"));
    assertThatThrownBy(() -> load(twice)).isInstanceOf(HashvetException.class)
        .hasMessageContaining("t.yml:12").hasMessageContaining("already defined at t.yml:2");
    assertThatThrownBy(() -> load(GOOD, "zones: {ZZ: Europe/Paris}\n"))
        .hasMessageStartingWith("zones.yml:1").hasMessageContaining("unknown region code 'ZZ'");
    assertThatThrownBy(() -> load(GOOD, "zones: {FR: Europe/Lutetia}\n"))
        .hasMessageContaining("unknown time zone 'Europe/Lutetia'");
  }
}
