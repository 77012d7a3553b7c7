package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check [TEXT...]}: the words after check are one post, joined by spaces. */
class CheckWordsTest {
  @TempDir Path dir;

  @Test
  void theWordsAfterCheckAreOnePost() throws IOException {
    CliRun r = CliRun.run(dir, "", Map.of(), "check", "--offline", "hello", "world", "--format",
        "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).path("input").path("text").asText())
        .isEqualTo("hello world");
  }

  @Test
  void optionsMayComeBetweenTheWords() throws IOException {
    CliRun r = CliRun.run(dir, "", Map.of(), "check", "Who's", "#notguilty", "--offline",
        "about", "treats?", "--format", "json");
    assertThat(r.code()).as(r.err()).isLessThan(2);
    assertThat(new ObjectMapper().readTree(r.out()).path("input").path("text").asText())
        .isEqualTo("Who's #notguilty about treats?");
  }

  @Test
  void wordsAndTagTogetherAreABadInvocation() {
    CliRun r = CliRun.run(dir, "", Map.of(), "check", "--offline", "hello", "--tag", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not two of them");
  }
}
