package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hashvet.TestBooks;
import dev.hashvet.vet.FailOn;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** SARIF 2.1.0: valid against the official schema, one result per finding, located and mapped. */
class SarifReportTest {
  private static String sarif(Run run, RunInfo info) {
    StringWriter sw = new StringWriter();
    new SarifReport(new PrintWriter(sw)).write(run, info);
    return sw.toString();
  }

  private static JsonNode json(String s) throws IOException {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void validAgainstTheOfficialSchema() throws IOException {
    String shared = System.getProperty("hashvet.shared", "");
    Path schemaFile = Path.of(shared, "bench", "schemas", "sarif-schema-2.1.0.json");
    Assumptions.assumeTrue(!shared.isEmpty() && Files.isRegularFile(schemaFile),
        "the shared SARIF schema is not here");
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(schemaFile)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    Run run = Fixtures.calendar(FailOn.BLOCK);
    List<RuleInfo> rules = new ArrayList<>();
    TestBooks.bundled().rules().forEach(r -> rules.add(RuleInfo.of(r)));
    RunInfo full = new RunInfo("calendar", FailOn.BLOCK, List.of("plans/q4 plan.csv"), rules,
        "0.1.0", "offline", true);
    Run inline = Fixtures.check("");
    Run file = Fixtures.check("drafts/post.txt");
    for (String out : List.of(sarif(run, full), sarif(run, Fixtures.info(run, false)),
        sarif(new Run("calendar", List.of(), List.of(), FailOn.BLOCK), full),
        sarif(inline, Fixtures.info(inline, false)), sarif(file, Fixtures.info(file, false)))) {
      Set<ValidationMessage> errors = schema.validate(json(out));
      assertThat(errors).as(out).isEmpty();
    }
    // A deliberately broken log fails, so the check above can fail.
    JsonNode broken = json(sarif(run, full));
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("version", "2.0.0");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void oneResultPerFindingWithLevelsLocationsAndFingerprints() throws IOException {
    Run run = Fixtures.calendar(FailOn.BLOCK);
    JsonNode log = json(sarif(run, Fixtures.info(run, true)));
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode r0 = log.path("runs").get(0);
    assertThat(r0.path("tool").path("driver").path("name").asText()).isEqualTo("hashvet");
    JsonNode results = r0.path("results");
    int findings = 0;
    for (Run.Row row : run.rows()) {
      findings += row.result().findings().size() + row.result().allowed().size();
    }
    assertThat(results).hasSize(findings + 1);

    JsonNode block = null;
    for (JsonNode r : results) {
      if (r.path("ruleId").asText().equals("combo.named-disaster-promotion")
          && r.path("properties").path("row").asText().equals("bk-<1>|x")) {
        block = r;
      }
    }
    assertThat(block).isNotNull();
    assertThat(block.path("level").asText()).isEqualTo("error");
    assertThat(block.path("baselineState").asText()).isEqualTo("new");
    JsonNode loc = block.path("locations").get(0).path("physicalLocation");
    assertThat(loc.path("artifactLocation").path("uri").asText()).isEqualTo("plans/q4%20plan.csv");
    assertThat(loc.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    int offset = Fixtures.NASTY.indexOf("Hurricane Sandy");
    long quotes = Fixtures.NASTY.substring(0, offset).chars().filter(c -> c == '"').count();
    JsonNode region = loc.path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(2);
    assertThat(region.path("startColumn").asInt()).isEqualTo(30 + offset + (int) quotes);
    assertThat(region.path("endColumn").asInt() - region.path("startColumn").asInt())
        .isEqualTo("Hurricane Sandy".length());
    assertThat(block.path("partialFingerprints").path("hashvetFinding/v1").asText())
        .matches("[0-9a-f]{16}");
    assertThat(block.path("ruleIndex").asInt()).isGreaterThanOrEqualTo(0);
    JsonNode rules = r0.path("tool").path("driver").path("rules");
    assertThat(rules.get(block.path("ruleIndex").asInt()).path("id").asText())
        .isEqualTo("combo.named-disaster-promotion");

    List<String> levels = new ArrayList<>();
    results.forEach(r -> levels.add(r.path("ruleId").asText() + "=" + r.path("level").asText()));
    assertThat(levels).contains("combo.disaster-promotion=warning", "hashvet.bad-row=error");
    assertThat(levels).anyMatch(l -> l.endsWith("=note"));

    JsonNode accepted = null;
    for (JsonNode r : results) {
      if (r.has("suppressions")) {
        accepted = r;
      }
    }
    assertThat(accepted).isNotNull();
    assertThat(accepted.path("baselineState").asText()).isEqualTo("unchanged");
    assertThat(accepted.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");

    JsonNode bad = results.get(results.size() - 1);
    assertThat(bad.path("ruleId").asText()).isEqualTo("hashvet.bad-row");
    assertThat(bad.path("locations").get(0).path("physicalLocation").path("region")
        .path("startLine").asInt()).isEqualTo(5);
    assertThat(r0.path("invocations").get(0).path("exitCode").asInt()).isEqualTo(2);
    assertThat(r0.path("invocations").get(0).path("executionSuccessful").asBoolean()).isFalse();
  }

  @Test
  void aCheckIsLocatedAtItsFileOrTheTextPseudoUri() throws IOException {
    for (String file : List.of("", "drafts/post.txt")) {
      Run run = Fixtures.check(file);
      JsonNode results = json(sarif(run, Fixtures.info(run, false))).path("runs").get(0)
          .path("results");
      assertThat(results).isNotEmpty();
      JsonNode sandy = null;
      for (JsonNode r : results) {
        assertThat(r.path("locations")).as(r.toString()).hasSize(1);
        if (r.path("ruleId").asText().equals("combo.named-disaster-promotion")) {
          sandy = r;
        }
      }
      assertThat(sandy).isNotNull();
      JsonNode loc = sandy.path("locations").get(0).path("physicalLocation");
      assertThat(loc.path("artifactLocation").path("uri").asText())
          .isEqualTo(file.isEmpty() ? SarifReport.TEXT_URI : file);
      assertThat(loc.path("artifactLocation").has("uriBaseId")).isEqualTo(!file.isEmpty());
      // "Summer deals!\nOur Hurricane Sandy evacuation sale": line 2, column 5.
      JsonNode region = loc.path("region");
      assertThat(region.path("startLine").asInt()).isEqualTo(2);
      assertThat(region.path("startColumn").asInt()).isEqualTo(5);
      assertThat(region.path("endColumn").asInt()).isEqualTo(5 + "Hurricane Sandy".length());
    }
  }

  @Test
  void rulesCarryHelpAndDefaultLevels() throws IOException {
    List<RuleInfo> rules = new ArrayList<>();
    TestBooks.bundled().rules().forEach(r -> rules.add(RuleInfo.of(r)));
    RunInfo info = new RunInfo("calendar", FailOn.BLOCK, List.of(), rules, "0.1.0", "offline",
        false);
    JsonNode driver = json(sarif(new Run("calendar", List.of(), List.of(), FailOn.BLOCK), info))
        .path("runs").get(0).path("tool").path("driver");
    assertThat(driver.path("rules")).hasSize(rules.size() + 2);
    for (JsonNode r : driver.path("rules")) {
      assertThat(r.path("help").path("text").asText()).as(r.path("id").asText()).isNotBlank();
      assertThat(r.path("help").path("markdown").asText()).isNotBlank();
      assertThat(r.path("shortDescription").path("text").asText()).isNotBlank();
      assertThat(r.path("defaultConfiguration").path("level").asText())
          .isIn("error", "warning", "note");
    }
    JsonNode first = driver.path("rules").get(0);
    assertThat(first.path("help").path("text").asText()).contains("Flags, for example");
  }

  @Test
  void theNastyTextSurvivesAsData() throws IOException {
    Run run = Fixtures.calendar(FailOn.BLOCK);
    String out = sarif(run, Fixtures.info(run, false));
    assertThat(out).doesNotContain("\u001B").doesNotContain("\u0000").doesNotContain("\u0007");
    JsonNode log = json(out);
    String ids = log.path("runs").get(0).path("results").findValuesAsText("row").toString();
    assertThat(ids).contains("bk-<1>|x");
  }
}
