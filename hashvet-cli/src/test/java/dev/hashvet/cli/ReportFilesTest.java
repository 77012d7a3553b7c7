package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calendar --report FMT=FILE}: more formats from the same run, written whole. */
class ReportFilesTest {
  @TempDir Path tmp;

  private CliRun run(String... args) {
    return CliRun.run(tmp, "", Map.of(), args);
  }

  @Test
  void theReportFilesHoldWhatEachFormatPrintsAlone() throws Exception {
    Files.copy(Path.of(System.getProperty("hashvet.root", "."), "examples/calendar/campaign.csv"), tmp.resolve("plan.csv"));
    CliRun both = run("calendar", "plan.csv", "--offline", "--format", "json",
        "--report", "markdown=summary.md");
    assertThat(both.code()).isEqualTo(1);
    assertThat(both.out()).isEqualTo(run("calendar", "plan.csv", "--offline", "--format", "json")
        .out());
    assertThat(tmp.resolve("summary.md")).content()
        .isEqualTo(run("calendar", "plan.csv", "--offline", "--format", "markdown").out());
  }

  @Test
  void aReportThatCannotBeWrittenIsExitThree() throws Exception {
    Files.copy(Path.of(System.getProperty("hashvet.root", "."), "examples/calendar/campaign.csv"), tmp.resolve("plan.csv"));
    CliRun r = run("calendar", "plan.csv", "--offline", "--report", "sarif=no/such/plan.sarif");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("--report: cannot write");
    assertThat(tmp.resolve("no")).doesNotExist();
  }

  @Test
  void aReportFileIsWrittenWholeAndNeverReplacesAnInput() throws Exception {
    Files.copy(Path.of(System.getProperty("hashvet.root", "."), "examples/calendar/campaign.csv"), tmp.resolve("plan.csv"));
    CliRun r = run("calendar", "plan.csv", "--offline", "--report", "sarif=plan.sarif",
        "--report", "junit=plan.xml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(tmp.resolve("plan.sarif")).content()
        .isEqualTo(run("calendar", "plan.csv", "--offline", "--format", "sarif").out());
    assertThat(tmp.resolve("plan.xml")).content().startsWith("<?xml");
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    String before = Files.readString(tmp.resolve("plan.csv"));
    CliRun same = run("calendar", "plan.csv", "--offline", "--report", "text=./plan.csv");
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("a report never replaces its input");
    assertThat(tmp.resolve("plan.csv")).content().isEqualTo(before);
  }
}
