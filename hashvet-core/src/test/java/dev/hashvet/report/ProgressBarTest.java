package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Rows, share, rate and time left; redrawn at most ten times a second; gone at the end. */
class ProgressBarTest {
  @Test
  void drawsThrottlesAndClears() {
    StringWriter sw = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    ProgressBar bar = new ProgressBar(new PrintWriter(sw), 80, now::get);
    now.set(2_000_000_000L);
    bar.update(1000, 250, 1000);
    String first = sw.toString();
    assertThat(first).startsWith("\r\u001B[K").contains("1,000 rows").contains(" 25%")
        .contains("500 rows/s").contains("~6s left").contains("[#####");
    now.addAndGet(50_000_000L);
    bar.update(1010, 260, 1000);
    assertThat(sw.toString()).as("no redraw within 100 ms").isEqualTo(first);
    now.addAndGet(60_000_000L);
    bar.update(1100, 300, 1000);
    assertThat(sw.toString()).contains("1,100 rows");
    bar.finish();
    assertThat(sw.toString()).endsWith("\r\u001B[K");
  }

  @Test
  void lineFitsTheWidthAndNeverPrintsANewline() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), 40, () -> 0);
    String line = bar.line(123_456, 5, 10, 60_000_000_000L);
    assertThat(line).doesNotContain("\n").contains("123,456 rows").contains("50%");
    assertThat(line.length()).isLessThanOrEqualTo(40);
    ProgressBar wide = new ProgressBar(new PrintWriter(new StringWriter()), 120, () -> 0);
    assertThat(wide.line(123_456, 5, 10, 60_000_000_000L).length()).isLessThanOrEqualTo(120)
        .isGreaterThan(line.length());
    assertThat(bar.line(0, 0, 0, 0)).contains("0%");
  }
}
