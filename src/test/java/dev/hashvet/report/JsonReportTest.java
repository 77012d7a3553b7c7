package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.vet.FailOn;
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
}
