package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row's own exceptions (calendar columns ignore and ignore_reason), the same in CSV, JSON and
 * YAML: accepted like allow entries, stale ones reported, unknown ids a bad row with a suggestion.
 */
class RowIgnoresTest {
  private static final String SANDY = "Hurricane Sandy evacuation sale today";

  @TempDir Path dir;

  private JsonNode calendar(String file, String body, String... more) throws IOException {
    Files.writeString(dir.resolve(file), body);
    List<String> args = new java.util.ArrayList<>(List.of("calendar", file, "--offline",
        "--format", "json"));
    args.addAll(List.of(more));
    CliRun r = CliRun.run(dir, "", Map.of(), args.toArray(String[]::new));
    JsonNode j = new ObjectMapper().readTree(r.out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) j).put("_code", r.code());
    return j;
  }

  private static final String CSV = """
      id,publish_at,regions,text,ignore,ignore_reason
      a,2012-10-31T09:00,US,%s,combo.named-disaster-promotion;context.war,"reviewed: donation, 50%%"
      b,2012-10-31T09:00,US,%s,date.*;combo.*,
      c,2026-03-03T09:00,GB,Fresh bread #bakery,context.legal-proceedngs,
      """.formatted(SANDY, SANDY);

  private static final String YAML = """
      - {id: a, publish_at: 2012-10-31T09:00, regions: US, text: %s,
         ignore: [combo.named-disaster-promotion, context.war],
         ignore_reason: "reviewed: donation, 50%%"}
      - {id: b, publish_at: 2012-10-31T09:00, regions: US, text: %s, ignore: "date.*;combo.*"}
      - {id: c, publish_at: 2026-03-03T09:00, regions: GB, text: "Fresh bread #bakery",
         ignore: context.legal-proceedngs}
      """.formatted(SANDY, SANDY);

  private static final String JSON = """
      [{"id": "a", "publish_at": "2012-10-31T09:00", "regions": "US", "text": "%s",
        "ignore": ["combo.named-disaster-promotion", "context.war"],
        "ignore_reason": "reviewed: donation, 50%%"},
       {"id": "b", "publish_at": "2012-10-31T09:00", "regions": "US", "text": "%s",
        "ignore": "date.*;combo.*"},
       {"id": "c", "publish_at": "2026-03-03T09:00", "regions": "GB",
        "text": "Fresh bread #bakery", "ignore": "context.legal-proceedngs"}]
      """.formatted(SANDY, SANDY);

  @Test
  void ignoresWorkAlikeInCsvJsonAndYaml() throws IOException {
    for (Map.Entry<String, String> c : Map.of("plan.csv", CSV, "plan.yaml", YAML,
        "plan.json", JSON).entrySet()) {
      JsonNode j = calendar(c.getKey(), c.getValue());
      String file = c.getKey();
      assertThat(j.path("_code").asInt()).as(file).isEqualTo(2);
      JsonNode results = j.path("results");
      assertThat(results).as(file).hasSize(2);

      JsonNode a = results.get(0);
      assertThat(rules(a.path("findings"))).as(file)
          .doesNotContain("combo.named-disaster-promotion");
      JsonNode accepted = a.path("allowed").get(0);
      assertThat(accepted.path("rule").asText()).isEqualTo("combo.named-disaster-promotion");
      assertThat(accepted.path("allowed_because").asText()).isEqualTo("reviewed: donation, 50%");
      assertThat(accepted.path("allowed_at").asText()).isEqualTo(file + ":"
          + a.path("line").asInt() + " (ignore)");
      assertThat(a.path("stale_ignores").toString()).as(file).isEqualTo("[\"context.war\"]");
      assertThat(a.path("notes").toString()).contains("ignore 'context.war' matched no finding");
      assertThat(a.path("columns").has("ignore")).isFalse();

      JsonNode b = results.get(1);
      assertThat(rules(b.path("findings"))).as(file)
          .noneMatch(r -> r.startsWith("date.") || r.startsWith("combo."));
      assertThat(rules(b.path("allowed"))).as(file)
          .contains("combo.named-disaster-promotion", "date.observance-promotion");
      assertThat(b.path("allowed").get(0).path("allowed_because").asText())
          .isEqualTo("ignored in the row (no ignore_reason given)");
      assertThat(b.path("stale_ignores")).isEmpty();
      assertThat(b.path("verdict").asText()).isNotEqualTo("BLOCK");

      JsonNode bad = j.path("errors").get(0);
      assertThat(bad.path("id").asText()).isEqualTo("c");
      assertThat(bad.path("message").asText()).as(file).startsWith("ignore: unknown rule"
          + " 'context.legal-proceedngs' (did you mean context.legal-proceedings");
      assertThat(j.path("summary").path("allowed").asInt()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void withoutTheIgnoreTheRowBlocksAndAReasonAloneOrAStarIsABadRow() throws IOException {
    JsonNode plain = calendar("plain.csv", "id,publish_at,regions,text\n"
        + "a,2012-10-31T09:00,US," + SANDY + "\n");
    assertThat(plain.path("results").get(0).path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(plain.path("results").get(0).path("stale_ignores")).isEmpty();
    JsonNode odd = calendar("odd.csv", "id,publish_at,text,ignore,ignore_reason\n"
        + "a,2026-03-03T09:00,bread,,because\n"
        + "b,2026-03-03T09:00,bread,*,everything\n");
    assertThat(odd.path("errors").get(0).path("message").asText())
        .startsWith("ignore_reason: given without ignore");
    assertThat(odd.path("errors").get(1).path("message").asText())
        .startsWith("ignore: '*' would accept every finding");
  }

  @Test
  void sarifSuppressesIgnoredFindingsWithTheReason() throws IOException {
    Files.writeString(dir.resolve("plan.csv"), CSV);
    CliRun r = CliRun.run(dir, "", Map.of(), "calendar", "plan.csv", "--offline", "--format",
        "sarif");
    JsonNode results = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("results");
    boolean found = false;
    for (JsonNode res : results) {
      if (res.has("suppressions")
          && res.path("ruleId").asText().equals("combo.named-disaster-promotion")
          && res.path("properties").path("row").asText().equals("a")) {
        assertThat(res.path("suppressions").get(0).path("justification").asText())
            .isEqualTo("reviewed: donation, 50% (plan.csv:2 (ignore))");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  private static List<String> rules(JsonNode findings) {
    List<String> out = new java.util.ArrayList<>();
    findings.forEach(f -> out.add(f.path("rule").asText()));
    return out;
  }
}
