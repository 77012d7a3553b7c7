package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.vet.FailOn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pull-request comment: counts first, blocked rows first, nothing in a post breaks the table. */
class MarkdownReportTest {
  private static String md(Run run) {
    StringWriter sw = new StringWriter();
    new MarkdownReport(new PrintWriter(sw)).write(run, Fixtures.info(run, false));
    return sw.toString();
  }

  /** Cell separators: pipes not escaped with a backslash. */
  private static int cells(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        n++;
      }
    }
    return n;
  }

  @Test
  void headlineTableAndFoldedPasses() {
    String out = md(Fixtures.calendar(FailOn.BLOCK));
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).startsWith("### hashvet: ✖ 1 blocked · ! 2 to review · ✔ 1 pass"
        + " · 1 bad row (5 rows in `plans/q4 plan.csv`)");
    int head = lines.indexOf("| | Row | Id | Publish at | Markets | Post | Findings |");
    assertThat(head).isPositive();
    assertThat(lines.get(head + 2)).startsWith("| ✖ **BLOCK**");
    assertThat(lines.get(head + 3)).startsWith("| ! REVIEW");
    for (int i = head; i < head + 5; i++) {
      assertThat(cells(lines.get(i))).as(lines.get(i)).isEqualTo(8);
    }
    assertThat(out).contains("<details><summary>1 row pass</summary>");
    assertThat(out).contains("**Rows that could not be read**");
    assertThat(out).contains("exit code 2");
  }

  /** The line without its code spans (whose content Markdown shows as it is). */
  private static String outsideCode(String line) {
    return line.replaceAll("(`+)(?:(?!\\1).)+?\\1", "");
  }

  @Test
  void nastyTextIsInertMarkdown() {
    String out = md(Fixtures.calendar(FailOn.BLOCK));
    for (String line : out.lines().toList()) {
      assertThat(outsideCode(line)).as(line).doesNotContain("<script").doesNotContain("](u)");
    }
    assertThat(out).doesNotContain("\u001B").doesNotContain("\u0007")
        .doesNotContain("\u0000").doesNotContain("\u202E");
    assertThat(outsideCode(out.replace("\n", " "))).doesNotContain("@brand");
    assertThat(out).contains("😀👍🏽");
    String bad = out.lines().filter(l -> l.startsWith("- `plans/q4 plan.csv:5`")).findFirst()
        .orElseThrow();
    assertThat(bad).contains("&lt;script&gt;").contains("\\|").contains("@&#8203;brand");
  }

  @Test
  void codeSpansFenceBackticks() {
    assertThat(Escape.mdCode("a `b` c")).isEqualTo("``a `b` c``");
    assertThat(Escape.mdCode("``x``")).isEqualTo("``` ``x`` ```");
    assertThat(Escape.mdCode("a|b")).isEqualTo("`a\\|b`");
    assertThat(Escape.md("*x* <b> [y](z) @me")).isEqualTo(
        "\\*x\\* &lt;b&gt; \\[y\\]\\(z\\) @&#8203;me");
  }
}
