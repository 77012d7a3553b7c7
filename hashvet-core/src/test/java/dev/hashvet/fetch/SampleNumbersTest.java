package dev.hashvet.fetch;

import dev.hashvet.context.Post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts in a sample file out of range are clamped or read as unknown, with their line. */
class SampleNumbersTest {
  @TempDir Path dir;

  @Test
  void countsOutOfRangeAreClampedOrUnknown() throws IOException {
    Path f = Files.writeString(dir.resolve("s.jsonl"), String.join("\n",
        "{\"text\":\"a #x\",\"reposts\":1e308,\"likes\":5}",
        "{\"text\":\"b #x\",\"reposts\":-3,\"likes\":\"NaN\",\"followers\":\"12\"}",
        "{\"text\":\"c #x\",\"replies\":2.5,\"likes\":99999999999999999999999}",
        ""));
    SampleSet s = new SampleFile().read(f);
    assertThat(s.posts()).hasSize(3);
    Post a = s.posts().get(0);
    assertThat(a.reposts()).isEqualTo(SampleFile.MAX_COUNT);
    assertThat(a.likes()).isEqualTo(5);
    Post b = s.posts().get(1);
    assertThat(b.reposts()).isEqualTo(-1);
    assertThat(b.likes()).isEqualTo(-1);
    assertThat(b.followers()).isEqualTo(-1);
    Post c = s.posts().get(2);
    assertThat(c.replies()).isEqualTo(-1);
    assertThat(c.likes()).isEqualTo(SampleFile.MAX_COUNT);
    assertThat(s.warnings()).anyMatch(w -> w.contains("s.jsonl:1: \"reposts\" is over"))
        .anyMatch(w -> w.contains("s.jsonl:2: \"reposts\" is not a whole number"))
        .anyMatch(w -> w.contains("s.jsonl:3: \"replies\""));
  }
}
