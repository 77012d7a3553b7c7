package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.vet.FailOn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One line per row, findings under risky rows, bad rows after the good ones, a summary table. */
class CalendarTextReportTest {
  private static String text(Run run, boolean quiet) {
    StringWriter sw = new StringWriter();
    new CalendarTextReport(Style.plain(), 100, quiet, false, new PrintWriter(sw))
        .write(run, Fixtures.info(run, false));
    return sw.toString();
  }

  @Test
  void rowsThenBadRowsThenTheSummaryWithBlockedRowsFirst() {
    String out = text(Fixtures.calendar(FailOn.BLOCK), false);
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).startsWith("line 2  bk-<1>|x  ✖ BLOCK");
    assertThat(out).contains("    ✖ block combo.named-disaster-promotion:");
    int pass = indexOf(lines, "line 3  bk-2  ✔ PASS  #bakery · 2026-07-04 09:00 -04:00 · US");
    int badHead = indexOf(lines, "Rows that could not be read");
    int summary = indexOf(lines, "Summary: 5 rows from plans/q4 plan.csv");
    assertThat(pass).isPositive().isLessThan(badHead);
    assertThat(badHead).isLessThan(summary);
    assertThat(lines.get(badHead + 1)).startsWith("  ✖ line 5 bk-4: publish_at: cannot read");
    assertThat(out).contains("  ✖ BLOCK        1").contains("  ! REVIEW       2")
        .contains("  ✔ PASS         1").contains("  ✖ errors       1")
        .contains("    total        5");
    int blockRow = indexOf(lines, "  ✖ BLOCK   line 2");
    int reviewRow = indexOf(lines, "  ! REVIEW  line 4");
    int errorRow = indexOf(lines, "  ✖ error   line 5");
    assertThat(blockRow).isPositive().isLessThan(reviewRow);
    assertThat(reviewRow).isLessThan(errorRow);
    assertThat(out).contains("accepted findings: 0 by the allow list or row ignores, 1 by the"
        + " baseline");
  }

  @Test
  void controlSequencesNeverReachTheTerminal() {
    String out = text(Fixtures.calendar(FailOn.BLOCK), false);
    assertThat(out).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u0000")
        .doesNotContain("\u202E");
  }

  @Test
  void quietShowsOnlyBadRowsAndTheSummary() {
    String out = text(Fixtures.calendar(FailOn.BLOCK), true);
    assertThat(out).doesNotContain("bk-2  ✔ PASS").contains("Summary: 5 rows")
        .contains("Rows that could not be read");
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
