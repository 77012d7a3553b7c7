package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hashvet.rules.evidence.Combined;
import dev.hashvet.rules.evidence.ContextShare;
import dev.hashvet.rules.evidence.Fields;
import dev.hashvet.rules.evidence.RiskyReading;
import dev.hashvet.rules.evidence.TextSpan;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Evidence in JSON: whole numbers as integers, decimals with their point, nesting as written. */
class JsonFieldsTest {
  @Test
  void writesNumbersListsAndNestedObjectsAsTheReportsAlwaysHave() throws IOException {
    assertThat(json(new RiskyReading("t", "b", "r", List.of("w"), List.of("adult"), 2.0)))
        .isEqualTo("{\"in\":\"tag_reading\",\"tag\":\"t\",\"best\":\"b\",\"risky_reading\":\"r\","
            + "\"risky_words\":[\"w\"],\"risk_categories\":[\"adult\"],\"cost\":2.0}");
    ContextShare c = new ContextShare(0.5, 2, 4, List.of(), Map.of("anger", 2), 1, List.of(),
        List.of(new ContextShare.Example("x", "mastodon", "", "", 7, "anger", 1)));
    assertThat(json(c)).isEqualTo("{\"share\":0.5,\"posts\":2,\"sampled\":4,\"terms\":[],"
        + "\"tones\":{\"anger\":2},\"authors\":1,\"examples\":[{\"text\":\"x\","
        + "\"source\":\"mastodon\",\"followers\":7,\"tone\":\"anger\"}]}");
  }

  @Test
  void aCombinationIsOneObject() throws IOException {
    TextSpan a = new TextSpan("a", 0, 1, Optional.empty());
    assertThat(json(new Combined(List.of(a, a)))).isEqualTo("{\"in\":\"text\",\"span\":\"a\","
        + "\"start\":0,\"end\":1,\"in_2\":\"text\",\"span_2\":\"a\",\"start_2\":0,\"end_2\":1}");
  }

  private static String json(Fields.Written w) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      w.write(new JsonFields(g));
      g.writeEndObject();
    }
    return out.toString();
  }
}
