package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.twitter.twittertext.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The fast tag extraction gives exactly what the twitter-text library's own extraction gives:
 * on every text of the conformance suite (all sections, not only the hashtag ones) and on many
 * generated texts made of the characters that matter (hashes, full-width hashes, letters, digits,
 * marks, variation selectors, keycaps, dots, slashes, URLs, spaces, emoji).
 */
class TagExtractorFastPathTest {
  private final TagExtractor fast = new TagExtractor();
  private final Extractor library = new Extractor();

  TagExtractorFastPathTest() {
    library.setExtractURLWithoutProtocol(true);
  }

  private List<String> expected(String text) {
    List<String> out = new ArrayList<>();
    for (Extractor.Entity e : library.extractHashtagsWithIndices(text)) {
      out.add(e.getValue() + "@" + e.getStart() + "-" + e.getEnd());
    }
    return out;
  }

  private List<String> actual(String text) {
    List<String> out = new ArrayList<>();
    for (ExtractedTag t : fast.extract(text)) {
      out.add(t.tag() + "@" + t.start() + "-" + t.end());
    }
    return out;
  }

  @Test
  void sameAsTheLibraryOnTheConformanceSuite() throws IOException {
    String shared = System.getProperty("hashvet.shared", "");
    Path suite = Path.of(shared, "bench", "conformance", "twitter-text-extract.yml");
    Assumptions.assumeTrue(!shared.isEmpty() && Files.isRegularFile(suite),
        "the shared conformance suite is not here");
    JsonNode tests = new YAMLMapper().readTree(suite.toFile()).path("tests");
    int n = 0;
    for (JsonNode section : tests) {
      for (JsonNode c : section) {
        String text = c.path("text").asText();
        assertThat(actual(text)).as(text).isEqualTo(expected(text));
        n++;
      }
    }
    assertThat(n).isGreaterThan(200);
    for (JsonNode c : tests.path("hashtags")) {
      List<String> want = new ArrayList<>();
      c.path("expected").forEach(e -> want.add(e.asText()));
      assertThat(fast.extract(c.path("text").asText()).stream().map(ExtractedTag::tag).toList())
          .as(c.path("description").asText()).isEqualTo(want);
    }
  }

  @Test
  void sameAsTheLibraryOnGeneratedTexts() {
    String[] pieces = {"#", "＃", "#", "a", "tag", "Ünï", "日本", "ไทย", "123", "_", "é", "\u0301",
        "\uFE0F", "\uFE0E", "\u20E3", " ", " ", "\u00A0", "\u3000", ".", "/", ":", "://", "&",
        "@", "$", "http://", "https://example.com/", "example.com", "x.co/#", "t.co/abc#x",
        "www.brand.de/a#b", "😀", "👍🏽", "\u200B", "\u200C", "-", "'", "!", "?", "\n", "#1",
        "##", "#a#b", "＃ＡＢＣ", "a.b#c", "http://x.com#", "example.com#tag", "foo.bar/baz#",
        ".com", "co", "#co.uk", "ab.cd.ef"};
    Random random = new Random(20261123);
    for (int i = 0; i < 30_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(12);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      assertThat(actual(text)).as("%s", text).isEqualTo(expected(text));
    }
  }

  @Test
  void noHashNoTags() {
    assertThat(fast.extract("")).isEmpty();
    assertThat(fast.extract("plain words only")).isEmpty();
    assertThat(actual("Who's #notguilty about treats?")).containsExactly("notguilty@6-16");
  }
}
