package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.TestBooks;
import dev.hashvet.garm.GarmCategory;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Rule;
import dev.hashvet.rules.RuleExample;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.RuleTester;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.VetResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every finding carries its GARM place in every format: the JSON contract over every flag example
 * of every bundled rule, and the GARM label in SARIF, JUnit, Markdown, text and the shell's lines.
 */
class GarmReportsTest {
  private static final Set<String> CATEGORIES =
      Arrays.stream(GarmCategory.values()).map(GarmCategory::id).collect(Collectors.toSet());
  private static final Set<String> TIERS = Set.of("floor", "high", "medium", "low");

  private static Run examples;
  private static int flagged;

  /** One calendar row per bundled rule, holding what the rule finds in its flag examples. */
  @BeforeAll
  static void findEveryExample() {
    Pipeline pipeline = TestBooks.pipeline(List.of());
    RuleTester tester = new RuleTester(pipeline);
    VetResult base = Fixtures.vet("Fresh bread", "base");
    List<Run.Row> rows = new ArrayList<>();
    for (Rule rule : pipeline.book().rules()) {
      List<Finding> found = new ArrayList<>();
      for (RuleExample ex : rule.examples()) {
        if (ex.flag()) {
          Optional<Finding> f = tester.finding(rule, ex);
          assertThat(f).as(rule.id() + " at " + ex.where()).isPresent();
          found.add(f.get());
        }
      }
      flagged += found.size();
      VetResult r = new VetResult(base.input(), base.tags(), true, Verdict.of(found), found,
          List.of(), base.context(), base.notes());
      rows.add(new Run.Row("plan.csv", rows.size() + 2, rule.id(), r, Map.of()));
    }
    examples = new Run("calendar", rows, List.of(), FailOn.BLOCK);
  }

  @Test
  void everyFindingOfEveryRuleExampleHasAGarmCategoryAndTierInJson() throws IOException {
    StringWriter sw = new StringWriter();
    new JsonReport().write(examples, new PrintWriter(sw));
    JsonNode j = new ObjectMapper().readTree(sw.toString());
    int seen = 0;
    for (JsonNode row : j.path("results")) {
      for (JsonNode f : row.path("findings")) {
        seen++;
        for (String key : List.of("rule", "category", "severity", "message", "why", "evidence")) {
          assertThat(f.has(key)).as(key).isTrue();
        }
        JsonNode garm = f.path("garm");
        assertThat(garm.path("category").asText()).as(f.path("rule").asText()).isIn(CATEGORIES);
        assertThat(garm.path("tier").asText()).as(f.path("rule").asText()).isIn(TIERS);
      }
    }
    assertThat(seen).isEqualTo(flagged).isGreaterThan(100);
  }

  @Test
  void sarifResultsCarryGarmInTheirProperties() throws IOException {
    StringWriter sw = new StringWriter();
    new SarifReport(new PrintWriter(sw)).write(examples, Fixtures.info(examples, false));
    JsonNode results = new ObjectMapper().readTree(sw.toString()).path("runs").get(0)
        .path("results");
    assertThat(results.size()).isEqualTo(flagged);
    for (JsonNode r : results) {
      JsonNode garm = r.path("properties").path("garm");
      assertThat(garm.path("category").asText()).isIn(CATEGORIES);
      assertThat(garm.path("tier").asText()).isIn(TIERS);
    }
  }

  @Test
  void junitMarkdownTextAndShellShowTheGarmLabel() {
    Run run = Fixtures.calendar(FailOn.REVIEW);
    VetResult blocked = run.rows().get(0).result();
    String label = blocked.findings().get(0).garm().label();
    assertThat(label).matches("[a-z_]+/(floor|high|medium|low)");

    StringWriter junit = new StringWriter();
    new JunitReport(new PrintWriter(junit)).write(run, Fixtures.info(run, false));
    assertThat(junit.toString()).contains("GARM " + label);

    StringWriter md = new StringWriter();
    new MarkdownReport(new PrintWriter(md)).write(run, Fixtures.info(run, false));
    assertThat(md.toString()).contains("GARM " + Escape.md(label));

    StringWriter text = new StringWriter();
    new TextReport(Style.plain(), 100, false, false).write(blocked, new PrintWriter(text));
    assertThat(text.toString()).contains("GARM: " + label);

    StringWriter shell = new StringWriter();
    new CompactReport(Style.plain(), 100, false).write(blocked, new PrintWriter(shell));
    assertThat(shell.toString()).contains("GARM " + label).contains(":why for the evidence");

    StringWriter piped = new StringWriter();
    new CompactReport(Style.plain(), 100, false, false).write(blocked, new PrintWriter(piped));
    assertThat(piped.toString()).contains("GARM " + label).doesNotContain(":why");
  }
}
