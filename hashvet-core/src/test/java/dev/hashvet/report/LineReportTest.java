package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.vet.FailOn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** --format compact: file:line:col: severity rule message, one a line, as ESLint's unix format. */
class LineReportTest {
  private static final Pattern LINE =
      Pattern.compile("^[^:]+:[1-9][0-9]*:[1-9][0-9]*: (error|warning|info) [a-z0-9.-]+ \\S.*$");

  private static String compact(Run run, boolean verbose, boolean quiet) {
    StringWriter sw = new StringWriter();
    new LineReport(new PrintWriter(sw), verbose, quiet).write(run, Fixtures.info(run, false));
    return sw.toString();
  }

  private static List<String> problems(String out) {
    return out.lines().takeWhile(l -> !l.isEmpty()).toList();
  }

  @Test
  void oneLinePerFindingAtItsSpanThenTheCount() {
    Run run = Fixtures.calendar(FailOn.BLOCK);
    String out = compact(run, false, false);
    List<String> lines = problems(out);
    assertThat(lines).allSatisfy(l -> assertThat(l).matches(LINE));
    // The nasty row's text starts at line 2, column 30 of the CSV; "Hurricane Sandy" is further.
    String sandy = lines.stream().filter(l -> l.contains("combo.named-disaster-promotion"))
        .findFirst().orElseThrow();
    String text = run.rows().get(0).result().input().text();
    int expected = 30 + text.indexOf("Hurricane") + (int) text.substring(0,
        text.indexOf("Hurricane")).chars().filter(c -> c == '"').count();
    assertThat(sandy).startsWith("plans/q4 plan.csv:2:" + expected + ": error ");
    // A row without a known text column: its line, column 1.
    assertThat(lines).anyMatch(l -> l.startsWith("plans/q4 plan.csv:4:1: "));
    assertThat(lines).anyMatch(l -> l.startsWith("plans/q4 plan.csv:5:1: error hashvet.bad-row"
        + " this row could not be read: publish_at: cannot read '<script>"));
    assertThat(out).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E");
    long errors = lines.stream().filter(l -> l.contains(": error ")).count();
    long warnings = lines.stream().filter(l -> l.contains(": warning ")).count();
    assertThat(out).endsWith("\n" + (errors + warnings) + " problems (" + errors + " error"
        + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s")
        + ")\n");
    // Baselined findings are accepted: not listed.
    assertThat(lines).noneMatch(l -> l.startsWith("plans/q4 plan.csv:6:1: error"));
  }

  @Test
  void infoOnlyWhenVerboseCountOnlyWhenNotQuiet() {
    Run run = Fixtures.calendar(FailOn.BLOCK);
    assertThat(compact(run, false, false)).doesNotContain(": info ");
    boolean anyInfo = run.rows().stream().flatMap(r -> r.result().findings().stream())
        .anyMatch(f -> f.severity() == dev.hashvet.rules.Severity.INFO);
    if (anyInfo) {
      assertThat(compact(run, true, false)).contains(": info ");
    }
    String quiet = compact(run, false, true);
    assertThat(quiet).doesNotContain("problems").doesNotContain("\n\n");
    assertThat(compact(new Run("calendar", List.of(), List.of(), FailOn.BLOCK), false, false))
        .isEmpty();
  }

  @Test
  void aCheckPointsAtItsFileOrAtText() {
    String inline = compact(Fixtures.check(""), false, false);
    assertThat(inline).contains("<text>:2:5: error combo.named-disaster-promotion ");
    String file = compact(Fixtures.check("drafts/post.txt"), false, false);
    assertThat(file).contains("drafts/post.txt:2:5: error combo.named-disaster-promotion ");
    assertThat(compact(Fixtures.check(""), false, false)).isEqualTo(inline);
  }
}
