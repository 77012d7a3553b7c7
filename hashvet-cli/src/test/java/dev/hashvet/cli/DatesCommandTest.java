package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesCommandTest {
  @Test
  void listsAMarketsObservancesForAYearSortedByDate() {
    CliRun r = CliRun.run("dates", "--region", "IN", "--year", "2027");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Sensitive dates for IN in 2027 (with global observances): ")
        .contains("Dates are local to IN (Asia/Kolkata).")
        .contains("2027-10-29 Fri  Diwali")
        .contains("2027-03-22 Mon  Holi")
        .contains("2027-01-27 Wed  International Holocaust Remembrance Day")
        .contains("religious · promo: review · plain: none · counts from 2027-10-27 to 2027-10-31")
        .doesNotContain("Memorial Day");
    assertThat(r.out().indexOf("Holi")).isLessThan(r.out().indexOf("Diwali"));
  }

  @Test
  void showsMomentsAndMultiDaySpans() {
    CliRun jp = CliRun.run("dates", "--region", "jp", "--year", "2026");
    assertThat(jp.code()).isZero();
    assertThat(jp.out()).contains("2026-03-11 Wed  Great East Japan Earthquake anniversary (3/11)")
        .contains("tragedy · promo: block · plain: info · moment: 14:46 Asia/Tokyo");
    CliRun sa = CliRun.run("dates", "--region", "SA", "--year", "2026");
    assertThat(sa.out()).contains("2026-02-18 Wed to 2026-03-19 Thu  Ramadan");
  }

  @Test
  void theYearDefaultsToTheClocks() {
    CliRun r = CliRun.run("dates", "--region", "US");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Sensitive dates for US in 2026").contains("2026-05-25 Mon  Memorial Day");
  }

  @Test
  void jsonIsAnArrayOfObservances() throws Exception {
    CliRun r = CliRun.run("dates", "--region", "US", "--year", "2027", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr.isArray()).isTrue();
    List<String> dates = new ArrayList<>();
    JsonNode memorial = null;
    for (JsonNode n : arr) {
      for (String key : List.of("id", "name", "date", "end", "kind", "regions", "promo", "plain",
          "guidance", "source")) {
        assertThat(n.has(key)).as(n.path("id").asText() + " has " + key).isTrue();
      }
      dates.add(n.get("date").asText());
      if (n.get("id").asText().equals("us.memorial-day")) {
        memorial = n;
      }
    }
    assertThat(dates).isSorted();
    assertThat(memorial).isNotNull();
    assertThat(memorial.get("date").asText()).isEqualTo("2027-05-31");
    assertThat(memorial.get("end").asText()).isEqualTo("2027-05-31");
    assertThat(memorial.get("promo").asText()).isEqualTo("review");
    assertThat(memorial.get("plain").asText()).isEqualTo("info");
    assertThat(memorial.get("time").asText()).isEqualTo("15:00");
    assertThat(memorial.get("regions").toString()).isEqualTo("[\"US\"]");
  }

  @Test
  void theMarketsOverrideIsListed() throws Exception {
    CliRun r = CliRun.run("dates", "--region", "DE", "--year", "2026", "--format", "json");
    for (JsonNode n : new ObjectMapper().readTree(r.out())) {
      if (n.get("id").asText().equals("global.kristallnacht")) {
        assertThat(n.get("promo").asText()).isEqualTo("block");
        return;
      }
    }
    throw new AssertionError("no Kristallnacht in DE's list");
  }

  @Test
  void aYearOutsideATableListsTheAffectedEntriesWithANote() throws Exception {
    CliRun r = CliRun.run("dates", "--region", "IN", "--year", "2040");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Not dated for 2040 (check these by hand):")
        .contains("Diwali is tabled for 2024-2035 only; 2040 is outside it")
        .contains("Holi is tabled for 2024-2035 only");
    CliRun json = CliRun.run("dates", "--region", "IN", "--year", "2040", "--format", "json");
    boolean found = false;
    for (JsonNode n : new ObjectMapper().readTree(json.out())) {
      if (n.get("id").asText().equals("in.diwali")) {
        assertThat(n.get("date").isNull()).isTrue();
        assertThat(n.get("note").asText())
            .isEqualTo("dates: Diwali is tabled for 2024-2035 only; 2040 is outside it");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void globalListsEveryObservanceWithItsMarkets() {
    CliRun r = CliRun.run("dates", "--region", "global", "--year", "2026");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Sensitive dates in 2026, every market:")
        .contains("markets: AU NZ").contains("Diwali").contains("Memorial Day");
  }

  @Test
  void badInputIsExitTwoWithOneErrorLine() {
    CliRun unknown = CliRun.run("dates", "--region", "XX", "--year", "2027");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).startsWith("error: --region: unknown region code 'XX'");
    assertThat(unknown.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
    assertThat(CliRun.run("dates", "--region", "US", "--year", "1800").err())
        .startsWith("error: --year: 1800 is outside 1900-2200");
    assertThat(CliRun.run("dates", "--year", "2027").code()).isEqualTo(2);
    assertThat(CliRun.run("dates", "--region", "US,GB").err())
        .startsWith("error: --region: give one market");
    assertThat(CliRun.run("dates", "--region", "US", "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void helpHasExamples() {
    CliRun r = CliRun.run("dates", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--region").contains("--year").contains("--format")
        .contains("Examples:").contains("hashvet dates --region IN --year 2027");
  }
}
