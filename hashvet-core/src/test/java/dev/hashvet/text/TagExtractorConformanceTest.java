package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.YamlDoc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the twitter-text extraction conformance suite's hashtag sections (in the
 * shared folder, skipped when it is absent) against {@link TagExtractor}.
 */
class TagExtractorConformanceTest {
  private static final List<String> SECTIONS =
      List.of("hashtags", "hashtags_from_astral", "hashtags_with_indices");

  private final TagExtractor extractor = new TagExtractor();

  @TestFactory
  Stream<DynamicNode> conformance() throws IOException {
    String shared = System.getProperty("hashvet.shared");
    Assumptions.assumeTrue(shared != null, "hashvet.shared is not set");
    Path file = Path.of(shared, "bench", "conformance", "twitter-text-extract.yml");
    Assumptions.assumeTrue(Files.isRegularFile(file), file + " is missing");
    JsonNode tests = YamlDoc.parse(file.toString(), Files.readAllBytes(file)).root().path("tests");
    List<DynamicNode> sections = new ArrayList<>();
    for (String section : SECTIONS) {
      JsonNode cases = tests.path(section);
      assertThat(cases.size()).as("cases in section %s", section).isPositive();
      List<DynamicTest> dynamic = new ArrayList<>();
      for (JsonNode c : cases) {
        dynamic.add(
            DynamicTest.dynamicTest(
                c.path("description").asText(),
                () -> check(section.equals("hashtags_with_indices"), c)));
      }
      sections.add(DynamicContainer.dynamicContainer(section, dynamic));
    }
    return sections.stream();
  }

  private void check(boolean withIndices, JsonNode c) {
    List<ExtractedTag> found = extractor.extract(c.path("text").asText());
    if (withIndices) {
      List<ExtractedTag> expected = new ArrayList<>();
      for (JsonNode e : c.path("expected")) {
        JsonNode idx = e.path("indices");
        expected.add(new ExtractedTag(e.path("hashtag").asText(), idx.get(0).asInt(),
            idx.get(1).asInt()));
      }
      assertThat(found).containsExactlyElementsOf(expected);
    } else {
      List<String> expected = new ArrayList<>();
      c.path("expected").forEach(e -> expected.add(e.asText()));
      assertThat(found).extracting(ExtractedTag::tag).containsExactlyElementsOf(expected);
    }
  }
}
