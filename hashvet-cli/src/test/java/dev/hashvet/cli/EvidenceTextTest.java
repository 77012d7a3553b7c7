package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence reads right: whole ranges, the offline caveat under -q, shares weighted by reach. */
class EvidenceTextTest {
  @TempDir Path dir;

  @Test
  void aTextSpanNextToADateRuleKeepsItsOffsets() {
    CliRun r = CliRun.run(dir, "", Map.of(), "check", "--offline",
        "Cold beer deals for Women's Day #drinks", "--at", "2027-03-08", "--region", "RU");
    assertThat(r.out()).contains("\"beer\" at 5–9").doesNotContainPattern("at \\d+–\\d{4}-");
  }

  @Test
  void quietKeepsTheOfflineCaveat() {
    CliRun r = CliRun.run(dir, "", Map.of(), "check", "-q", "--offline", "beer sale #x");
    assertThat(r.out()).contains("context: none (--offline)");
  }

  @Test
  void sharesSayTheyAreWeightedByReach() {
    CliRun r = CliRun.run(dir, "", Map.of(), "check", "#notguilty", "--at",
        "2011-07-05T15:00:00-04:00", "--region", "US", "--sample",
        Path.of(System.getProperty("hashvet.root", "."), "examples/samples/notguilty-verdict-2011.jsonl").toAbsolutePath().toString());
    assertThat(r.out()).contains("% of 12 sampled posts, weighted by reach (");
  }
}
