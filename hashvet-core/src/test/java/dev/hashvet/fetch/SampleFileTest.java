package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.Post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFileTest {
  @TempDir Path dir;

  @Test
  void roundTripKeepsEveryField() throws Exception {
    Post p = Post.builder("mastodon", "1")
        .url("https://m.example/1")
        .createdAt("2011-07-05T18:04:00Z")
        .lang("en")
        .author("a@m.example")
        .followers(1812)
        .likes(4)
        .reposts(2)
        .replies(1)
        .text("plain text \"quoted\"\nsecond line")
        .tags(List.of("notguilty"))
        .build();
    Sample s = new Sample("#notguilty", "2011-07-05T18:30:00Z",
        List.of(new SourceReport("mastodon", SourceStatus.OK, 1, "mastodon.social")), List.of(p), List.of());
    StringWriter w = new StringWriter();
    new SampleFile().write(s, w);
    Path f = dir.resolve("s.jsonl");
    Files.writeString(f, w.toString());
    Sample back = new SampleFile().read(f).samples().get(0);
    assertThat(back.posts()).containsExactly(p);
    assertThat(back.query()).isEqualTo("#notguilty");
    assertThat(back.sources()).containsExactly(s.sources().get(0));
  }

  @Test
  void onlyTextIsRequiredAndBadLinesAreNamed() throws Exception {
    Path f = dir.resolve("s.jsonl");
    Files.writeString(f, "\uFEFF{\"text\": \"a\", \"extra\": {\"x\": 1}}\n[1,2]\n\n{\"text\": 5}\n{\"text\": \"b\"}\n{broken\n");
    SampleSet s = new SampleFile().read(f);
    assertThat(s.posts()).extracting(Post::text).containsExactly("a", "b");
    assertThat(s.warnings()).hasSize(3);
    assertThat(s.warnings().get(0)).contains("s.jsonl:2");
    assertThat(s.warnings().get(1)).contains("s.jsonl:4");
    assertThat(s.warnings().get(2)).contains("s.jsonl:6");
    assertThat(s.posts().get(0).followers()).isEqualTo(-1);
  }

  @Test
  void emptyMissingAndInvalidUtf8AreBadInput() throws Exception {
    Path f = dir.resolve("e.jsonl");
    Files.writeString(f, "");
    assertThatThrownBy(() -> new SampleFile().read(f)).isInstanceOf(HashvetException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> new SampleFile().read(dir.resolve("none.jsonl")))
        .hasMessageContaining("no such file");
    Path bad = dir.resolve("b.jsonl");
    Files.write(bad, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'});
    assertThatThrownBy(() -> new SampleFile().read(bad)).hasMessageContaining("b.jsonl:1")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void eachHeaderStartsThePostsOfItsQuery() throws Exception {
    Path f = dir.resolve("m.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"text\": \"before any header\"}",
        "{\"hashvet_sample\": 1, \"query\": \"#NotGuilty\", \"fetched_at\": \"2011-07-05\"}",
        "{\"text\": \"verdict\"}",
        "{\"hashvet_sample\": 1, \"query\": \"freshbread\"}",
        "{\"text\": \"loaves\"}",
        "{\"text\": \"crumbs\"}",
        ""));
    SampleSet set = new SampleFile().read(f);
    assertThat(set.samples()).extracting(Sample::query)
        .containsExactly("", "#NotGuilty", "freshbread");
    assertThat(texts(set, "notguilty")).containsExactly("verdict");
    assertThat(texts(set, "freshbread")).containsExactly("loaves", "crumbs");
    assertThat(texts(set, "other")).containsExactly("before any header");
    assertThat(set.posts()).hasSize(4);
  }

  @Test
  void withoutAHeaderlessPartAnUnknownTagHasNoSample() throws Exception {
    Path f = dir.resolve("one.jsonl");
    Files.writeString(f, "{\"hashvet_sample\": 1, \"query\": \"#notguilty\"}\n"
        + "{\"text\": \"verdict\"}\n");
    SampleSet set = new SampleFile().read(f);
    assertThat(set.forQuery(query("freshbread"))).isEmpty();
    assertThat(set.forQuery(query("NOTGUILTY".toLowerCase()))).isPresent();
  }

  @Test
  void aHeaderNamingSeveralTagsIsNamedInAWarning() throws Exception {
    Path f = dir.resolve("old.jsonl");
    Files.writeString(f, "{\"hashvet_sample\": 1, \"query\": \"#a #b\"}\n{\"text\": \"x\"}\n");
    SampleSet set = new SampleFile().read(f);
    assertThat(set.warnings()).anyMatch(w -> w.contains("old.jsonl:1") && w.contains("several"));
    assertThat(set.forQuery(query("a"))).isEmpty();
  }

  private static Query query(String tag) {
    return new Query(tag, List.of(tag), java.time.Instant.EPOCH);
  }

  private static List<String> texts(SampleSet set, String tag) {
    return set.forQuery(query(tag)).orElseThrow().posts().stream().map(Post::text).toList();
  }
}
