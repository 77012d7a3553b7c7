package dev.hashvet.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.TestBooks;
import dev.hashvet.report.Progress;
import dev.hashvet.report.Run;
import dev.hashvet.report.RunInfo;
import dev.hashvet.vet.ContextPlan;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.Vetter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accept today's findings, fail only on new ones; expired and stale entries are reported. */
class BaselineTest {
  static Pipeline pipeline;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    pipeline = TestBooks.pipeline(List.of());
  }

  private CalendarRunnerTest.Capture run(Path plan, Optional<Path> baseline, Optional<Path> write) {
    Vetter v = pipeline.vetter(ContextPlan.OFFLINE, List.of(), CalendarRunnerTest.CLOCK);
    CalendarRunner r = CalendarRunner.withBaseline(v, new RowParser(List.of(), List.of(),
        Optional.empty()), CalendarRunnerTest.CLOCK, 2, "offline", List.of(),
        baseline.map(b -> Baseline.read(b, "baseline.json")), write, "baseline.json");
    CalendarRunnerTest.Capture c = new CalendarRunnerTest.Capture();
    r.run(List.of(new CalendarRunner.Source("plan.csv", plan, CalendarFormat.CSV)),
        new RunInfo("calendar", FailOn.REVIEW, List.of("plan.csv"), List.of(), "t", "offline",
            true), c, Progress.NONE);
    return c;
  }

  @Test
  void writeThenFailOnlyOnNewFindings() throws IOException {
    Path plan = dir.resolve("plan.csv");
    Path base = dir.resolve("baseline.json");
    Files.writeString(plan, "id,publish_at,text\n"
        + "q1,2026-06-08,Hurricane Sandy evacuation sale: 20% off\n"
        + "q2,2026-06-08,Fresh bread\n"
        + "q3,2026-06-08,Wildfire season sale on umbrellas\n");
    CalendarRunnerTest.Capture first = run(plan, Optional.empty(), Optional.of(base));
    assertThat(first.summary.exitCode()).as("everything is accepted by the new baseline").isZero();
    assertThat(first.summary.baselined()).isEqualTo(3);
    assertThat(first.summary.notes()).anyMatch(n -> n.startsWith("wrote 3 findings"));
    JsonNode written = new ObjectMapper().readTree(base.toFile());
    assertThat(written.path("hashvet_baseline").asInt()).isEqualTo(1);
    assertThat(written.path("written_at").asText()).isEqualTo("2026-11-23T12:00:00Z");
    assertThat(written.path("entries")).hasSize(3);
    JsonNode e0 = written.path("entries").get(0);
    assertThat(e0.path("row").asText()).isEqualTo("q1");
    assertThat(e0.path("file").asText()).isEqualTo("plan.csv");
    assertThat(e0.path("fingerprint").asText()).matches("[0-9a-f]{16}");

    // A row added above the others: the old findings keep their fingerprints.
    Files.writeString(plan, "id,publish_at,text\n"
        + "q0,2026-06-08,Typhoon Haiyan clearance: everything must go\n"
        + "q1,2026-06-08,Hurricane Sandy evacuation sale: 20% off\n"
        + "q2,2026-06-08,Fresh bread\n"
        + "q3,2026-06-08,Wildfire season sale on umbrellas\n");
    CalendarRunnerTest.Capture second = run(plan, Optional.of(base), Optional.empty());
    assertThat(second.summary.exitCode()).isEqualTo(1);
    assertThat(second.summary.baselined()).isEqualTo(3);
    List<Run.Row> rows = second.rows();
    long fresh = rows.get(0).result().findings().stream()
        .filter(f -> f.severity() != dev.hashvet.rules.Severity.INFO).count();
    assertThat(fresh).isPositive();
    assertThat(second.summary.notes()).anyMatch(n -> n.startsWith("3 findings accepted by the"
        + " baseline baseline.json; " + fresh + " new"));
    assertThat(rows.get(0).result().verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(rows.get(1).result().verdict()).isEqualTo(Verdict.PASS);
    assertThat(rows.get(1).result().allowed()).allMatch(a -> a.baseline()
        && a.where().startsWith("baseline.json:"));

    // A fixed row: its entry is stale, and the report says so.
    Files.writeString(plan, "id,publish_at,text\n"
        + "q1,2026-06-08,Hurricane Sandy evacuation sale: 20% off\n"
        + "q3,2026-06-08,Umbrellas are in\n");
    CalendarRunnerTest.Capture third = run(plan, Optional.of(base), Optional.empty());
    assertThat(third.summary.exitCode()).isZero();
    assertThat(third.summary.notes()).anyMatch(n -> n.startsWith("1 baseline entry matches"
        + " nothing in this run") && n.contains("row q3"));
  }

  @Test
  void aChangedRiskyWordIsANewFinding() throws IOException {
    Path plan = dir.resolve("plan.csv");
    Path base = dir.resolve("baseline.json");
    Files.writeString(plan, "id,publish_at,text\nq1,2026-06-08,Hurricane Sandy evacuation sale\n");
    run(plan, Optional.empty(), Optional.of(base));
    Files.writeString(plan, "id,publish_at,text\nq1,2026-06-08,Hurricane Katrina sale\n");
    CalendarRunnerTest.Capture c = run(plan, Optional.of(base), Optional.empty());
    assertThat(c.rows().get(0).result().verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void expiredEntriesStopApplyingAndRewritingKeepsReasons() throws IOException {
    Path plan = dir.resolve("plan.csv");
    Path base = dir.resolve("baseline.json");
    Files.writeString(plan, "id,publish_at,text\nq1,2026-06-08,Hurricane Sandy evacuation sale\n");
    run(plan, Optional.empty(), Optional.of(base));
    String json = Files.readString(base);
    Files.writeString(base, json.replace("\"message\"",
        "\"reason\" : \"legal approved\",\n      \"expires\" : \"2026-01-01\",\n"
            + "      \"message\""));
    CalendarRunnerTest.Capture c = run(plan, Optional.of(base), Optional.empty());
    assertThat(c.rows().get(0).result().verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(c.rows().get(0).result().notes()).anyMatch(n -> n.contains("expired on 2026-01-01"));
    assertThat(c.summary.notes()).anyMatch(n -> n.contains("expired"));

    Files.writeString(base, json.replace("\"message\"",
        "\"reason\" : \"legal approved\",\n      \"expires\" : \"2027-01-01\",\n"
            + "      \"message\""));
    CalendarRunnerTest.Capture ok = run(plan, Optional.of(base), Optional.empty());
    assertThat(ok.rows().get(0).result().allowed().get(0).reason())
        .isEqualTo("accepted in the baseline: legal approved");
    run(plan, Optional.of(base), Optional.of(base));
    JsonNode rewritten = new ObjectMapper().readTree(base.toFile()).path("entries").get(0);
    assertThat(rewritten.path("reason").asText()).isEqualTo("legal approved");
    assertThat(rewritten.path("expires").asText()).isEqualTo("2027-01-01");
  }

  @Test
  void aBadBaselineNamesFileAndLine() throws IOException {
    Path base = dir.resolve("baseline.json");
    Files.writeString(base, "{\"hashvet_baseline\": 1,\n \"entries\": [\n"
        + "  {\"fingerprint\": \"0123456789abcdef\", \"rule\": \"x\", \"color\": \"red\"}]}\n");
    assertThatThrownBy(() -> Baseline.read(base, "baseline.json"))
        .hasMessageContaining("baseline.json:3").hasMessageContaining("unknown key 'color'");
    Files.writeString(base, "{\"entries\": []}");
    assertThatThrownBy(() -> Baseline.read(base, "baseline.json"))
        .hasMessageContaining("not a hashvet baseline");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json"), "none.json"))
        .hasMessageContaining("no such file");
  }
}
