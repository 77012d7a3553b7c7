package dev.hashvet.fetch;

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
    Post p = new Post("mastodon", "1", "https://m.example/1", "2011-07-05T18:04:00Z", "en",
        "a@m.example", 1812, 4, 2, 1, "plain text \"quoted\"\nsecond line", List.of("notguilty"));
    Sample s = new Sample("#notguilty", "2011-07-05T18:30:00Z",
        List.of(new SourceReport("mastodon", SourceStatus.OK, 1, "mastodon.social")), List.of(p), List.of());
    StringWriter w = new StringWriter();
    new SampleFile().write(s, w);
    Path f = dir.resolve("s.jsonl");
    Files.writeString(f, w.toString());
    Sample back = new SampleFile().read(f);
    assertThat(back.posts()).containsExactly(p);
    assertThat(back.query()).isEqualTo("#notguilty");
    assertThat(back.sources()).containsExactly(s.sources().get(0));
  }

  @Test
  void onlyTextIsRequiredAndBadLinesAreNamed() throws Exception {
    Path f = dir.resolve("s.jsonl");
    Files.writeString(f, "\uFEFF{\"text\": \"a\", \"extra\": {\"x\": 1}}\n[1,2]\n\n{\"text\": 5}\n{\"text\": \"b\"}\n{broken\n");
    Sample s = new SampleFile().read(f);
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
}
