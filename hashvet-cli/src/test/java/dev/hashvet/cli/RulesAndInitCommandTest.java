package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.config.Config;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.garm.GarmCategory;
import dev.hashvet.garm.Industries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndInitCommandTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.run(dir, "", Map.of(), args);
  }

  @Test
  void listShowsEveryPackAndRule() {
    CliRun r = run("rules", "list");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("context.legal-proceedings").contains("legal:")
        .contains("combo.named-disaster-promotion").containsPattern("\\d+ rules in \\d+ packs");
    assertThat(run("rules", "list", "--format", "json").out()).contains("\"id\" : \"text.abuse\"");
  }

  @Test
  void explainShowsExamplesAndSuggestsNearIds() {
    CliRun r = run("rules", "explain", "context.legal-proceedings");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("legal_proceedings").contains("flags").contains("passes")
        .contains("sampled posts");
    CliRun bad = run("rules", "explain", "context.legal-procedings");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown rule").contains("did you mean context.legal-proceedings");
  }

  @Test
  void testRunsAUsersPackAndReportsFailures() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("brand-rules"));
    Files.writeString(rules.resolve("brand.yml"), """
        pack: brand
        rules:
          - id: brand.rival-name
            category: regional_cultural
            severity: review
            message: "Mentions ${term}"
            why: "We do not name rivals."
            match: {terms: {terms: [acme]}}
            examples:
              flag: ["Better than Acme", "Nothing like it"]
              pass: ["Better than ever"]
        """);
    CliRun r = run("rules", "test", "brand-rules");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL brand.rival-name flag #2: Nothing like it")
        .contains("2 passed, 1 failed");
    Files.writeString(rules.resolve("brand.yml"), "pack: brand\nrules:\n  - id: x\n");
    CliRun bad = run("rules", "test", "brand-rules");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("brand.yml:3");
  }

  @Test
  void initWritesAConfigThatLoads() throws IOException {
    CliRun r = run("init");
    assertThat(r.code()).isZero();
    Path file = dir.resolve(".hashvet.yml");
    Config c = new ConfigLoader().read(file);
    assertThat(c.regions()).containsExactly("US");
    assertThat(c.source("reddit").enabled()).contains(false);
    assertThat(run("init").code()).isEqualTo(2);
    assertThat(run("init", "--force").code()).isZero();
  }

  @Test
  void initWithAnIndustryWritesItsBrandProfile() throws IOException {
    CliRun r = run("init", "--industry", "alcohol");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("alcohol brand profile");
    Path file = dir.resolve(".hashvet.yml");
    String text = Files.readString(file);
    assertThat(text).contains("industry: alcohol").contains("drugs_alcohol: {block: [high]")
        .contains("#name:").doesNotContain("#brand: {name: \"Acme Snacks\"");
    Config c = new ConfigLoader().read(file);
    assertThat(c.profile().brand().industry()).isEqualTo("alcohol");
    assertThat(c.profile().suitability().levels(GarmCategory.DRUGS_ALCOHOL).orElseThrow()
        .review()).isEmpty();
    assertThat(c.regions()).containsExactly("US");
    for (String industry : Industries.names()) {
      CliRun each = run("init", "--industry", industry, "--force");
      assertThat(each.code()).as(industry + each.err()).isZero();
      assertThat(new ConfigLoader().read(file).profile().brand().industry()).isEqualTo(industry);
    }
  }

  @Test
  void initWithAnUnknownIndustryIsExit2WithTheList() {
    CliRun r = run("init", "--industry", "brewery");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown industry 'brewery'").contains("food_and_drink")
        .contains("kids_and_family");
    assertThat(Files.exists(dir.resolve(".hashvet.yml"))).isFalse();
  }

  @Test
  void listGarmGroupsRulesByGarmCategoryWithTiers() throws IOException {
    CliRun r = run("rules", "list", "--garm");
    assertThat(r.code()).isZero();
    for (GarmCategory c : GarmCategory.values()) {
      assertThat(r.out()).contains("\n" + c.id() + ": " + c.title());
    }
    assertThat(r.out()).containsPattern("crime: .*\\n(  .*\\n)*  context\\.legal-proceedings +medium"
        + " +review +legal_proceedings").containsPattern("\\d+ rules in \\d+ of 12 GARM categories");
    JsonNode j = new ObjectMapper().readTree(run("rules", "list", "--garm", "--format", "json")
        .out());
    assertThat(j).hasSize(12);
    int rules = 0;
    for (JsonNode c : j) {
      for (JsonNode rule : c.path("rules")) {
        rules++;
        assertThat(rule.path("tier").asText()).isIn("floor", "high", "medium", "low");
      }
    }
    assertThat(rules).isEqualTo(new ObjectMapper().readTree(run("rules", "list", "--format",
        "json").out()).size());
    assertThat(run("rules", "list", "--format", "json").out()).contains("\"garm\" : {");
    assertThat(run("rules", "explain", "text.drugs").out())
        .contains("GARM:     drugs_alcohol/low (tier from severity)");
  }

  @Test
  void versionAndHelpEverywhere() {
    CliRun v = run("--version");
    assertThat(v.code()).isZero();
    assertThat(v.out()).startsWith("hashvet ");
    for (String cmd : new String[] {"check", "rules", "init", "segment", "sources", "dates",
        "calendar", "shell"}) {
      CliRun h = run(cmd, "--help");
      assertThat(h.code()).as(cmd).isZero();
      assertThat(h.out()).as(cmd).contains("Usage: hashvet " + cmd);
    }
    CliRun top = run();
    assertThat(top.out()).contains("Exit codes:");
  }

  @Test
  void unknownCommandIsExit2() {
    CliRun r = run("chek", "#x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ");
  }
}
