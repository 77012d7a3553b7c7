package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.context.SourceReport;
import dev.hashvet.context.SourceStatus;
import dev.hashvet.vet.ContextSummary;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.VetResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar JSON contract, streamed, with every string intact. */
class JsonReportTest {
  private static JsonNode json(Run run) throws IOException {
    StringWriter sw = new StringWriter();
    new JsonReport().write(run, new PrintWriter(sw));
    return new ObjectMapper().readTree(sw.toString());
  }

  @Test
  void contractKeysCountsAndOrder() throws IOException {
    Run run = Fixtures.calendar(FailOn.BLOCK);
    JsonNode j = json(run);
    assertThat(j.path("schema").asText()).isEqualTo("hashvet/1");
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("schema", "results", "errors", "summary");
    JsonNode r0 = j.path("results").get(0);
    for (String k : List.of("line", "id", "verdict", "findings", "columns", "file", "input")) {
      assertThat(r0.has(k)).as(k).isTrue();
    }
    assertThat(r0.path("line").asInt()).isEqualTo(2);
    assertThat(r0.path("input").path("text").asText()).isEqualTo(Fixtures.NASTY);
    assertThat(r0.path("columns").path("owner").asText()).isEqualTo(Fixtures.NASTY);
    assertThat(r0.path("findings").get(0).path("fingerprint").asText()).matches("[0-9a-f]{16}");
    JsonNode err = j.path("errors").get(0);
    assertThat(err.path("line").asInt()).isEqualTo(5);
    assertThat(err.path("id").asText()).isEqualTo("bk-4");
    JsonNode s = j.path("summary");
    assertThat(s.path("rows").asInt()).isEqualTo(5);
    assertThat(s.path("pass").asInt() + s.path("review").asInt() + s.path("block").asInt()
        + s.path("errors").asInt()).isEqualTo(5);
    assertThat(s.path("baselined").asInt()).isEqualTo(1);
    assertThat(s.path("exit_code").asInt()).isEqualTo(2);
    JsonNode accepted = j.path("results").get(3).path("allowed").get(0);
    assertThat(accepted.path("baselined").asBoolean()).isTrue();
    assertThat(accepted.path("allowed_at").asText()).isEqualTo("baseline.json:5");
  }

  @Test
  void columnsKeepTheFileOrder() throws IOException {
    Map<String, String> columns = new java.util.LinkedHashMap<>();
    for (String k : List.of("zeta", "alpha", "mid", "beta", "omega", "gamma", "delta")) {
      columns.put(k, k.toUpperCase(java.util.Locale.ROOT));
    }
    Run run = new Run("calendar", List.of(new Run.Row("p.csv", 2, "a",
        Fixtures.vet("Fresh bread", "a"), columns)), List.of(), FailOn.BLOCK);
    List<String> keys = new ArrayList<>();
    json(run).path("results").get(0).path("columns").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("zeta", "alpha", "mid", "beta", "omega", "gamma", "delta");
  }

  /** The contract names four statuses; a time-out is "unavailable" there, and its detail says so. */
  @Test
  void aTimedOutSourceIsUnavailableInTheContract() throws IOException {
    VetResult r = Fixtures.vet("Fresh bread", "a");
    VetResult timedOut = new VetResult(r.input(), r.tags(), r.vetted(), r.verdict(),
        r.findings(), r.allowed(), ContextSummary.none(false, "live", List.of(
            new SourceReport("mastodon", SourceStatus.TIMED_OUT, 0, "no answer within 8 s"),
            new SourceReport("news", SourceStatus.OK, 3, ""))), r.notes());
    Run run = new Run("check", List.of(new Run.Row("", 0, "", timedOut, Map.of())), List.of(),
        FailOn.BLOCK);
    JsonNode sources = json(run).path("context").path("sources");
    assertThat(sources.get(0).path("status").asText()).isEqualTo("unavailable");
    assertThat(sources.get(0).path("detail").asText()).isEqualTo("timed out: no answer within 8 s");
    assertThat(sources.get(1).path("status").asText()).isEqualTo("ok");
    for (JsonNode s : sources) {
      assertThat(s.path("status").asText()).isIn("ok", "empty", "unavailable", "skipped");
    }
  }
}
