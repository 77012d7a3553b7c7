package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping is linear: a megabyte-long word or post wraps in about a second (it took minutes). */
class WrapTest {
  @Test
  void aMegabyteWordIsSplitInLinearTime() {
    String word = "a".repeat(1_000_000);
    long start = System.nanoTime();
    List<String> lines = Wrap.lines(word, 80, "  ");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(lines).hasSize(12_821);
    assertThat(lines).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(80));
    assertThat(String.join("", lines).replace(" ", "")).hasSize(1_000_000);
  }

  @Test
  void aMegabyteOfWordsWrapsInLinearTime() {
    String text = "word ".repeat(200_000);
    long start = System.nanoTime();
    List<String> lines = Wrap.lines(text, 80, "");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(lines).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(80));
  }

  @Test
  void wideCharactersAreSplitByColumns() {
    List<String> lines = Wrap.lines("漢".repeat(30), 20, "");
    assertThat(lines).containsExactly("漢".repeat(10), "漢".repeat(10), "漢".repeat(10));
  }
}
