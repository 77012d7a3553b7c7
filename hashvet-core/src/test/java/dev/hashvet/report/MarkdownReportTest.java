package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.vet.FailOn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
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
      assertThat(outsideCode(line)).as(line).doesNotContain("<script")
          .doesNotContain("[l](u)");
    }
    assertThat(out).contains("\\[l\\](u)");
    assertThat(out).doesNotContain("\u001B").doesNotContain("\u0007")
        .doesNotContain("\u0000").doesNotContain("\u202E");
    assertThat(outsideCode(out.replace("\n", " "))).doesNotContain("@brand");
    assertThat(out).contains("😀👍🏽");
    String bad = out.lines().filter(l -> l.startsWith("- `plans/q4 plan.csv:5`")).findFirst()
        .orElseThrow();
    assertThat(bad).contains("&lt;script>").contains("\\|").contains("@&#8203;brand");
  }

  @Test
  void codeSpansFenceBackticks() {
    assertThat(Escape.mdCode("a `b` c")).isEqualTo("``a `b` c``");
    assertThat(Escape.mdCode("``x``")).isEqualTo("``` ``x`` ```");
    assertThat(Escape.mdCode("a|b")).isEqualTo("`a\\|b`");
    assertThat(Escape.md("*x* <b> [y](z) @me")).isEqualTo(
        "\\*x\\* &lt;b> \\[y\\](z) @&#8203;me");
  }

  private static final Parser GFM =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  /** What CommonMark makes of {@code md}: its text, or the first node that is not plain text. */
  private static String rendered(String md) {
    StringBuilder sb = new StringBuilder();
    walk(GFM.parse(md), sb);
    return sb.toString();
  }

  private static void walk(Node n, StringBuilder sb) {
    if (n instanceof Text t) {
      sb.append(t.getLiteral());
    } else if (!(n instanceof Document || n instanceof Paragraph || n instanceof TableBlock
        || n instanceof TableHead || n instanceof TableBody || n instanceof TableRow || n instanceof TableCell)) {
      sb.append("{").append(n.getClass().getSimpleName()).append("}");
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      walk(c, sb);
    }
  }

  /** Text as escaped, rendered by a CommonMark parser: the same text, with no markup at all. */
  @Test
  void escapedTextRendersAsItselfInAParagraphAndInACell() {
    List<String> cases = List.of(
        "2027-09-11 08:46", "# heading", "#hashtag at the start", "## two", "> quoted",
        "- item", "+ item", "* item", "-5% today", "1. first", "2) second", "2027. A year",
        "---", "***", "_ _ _", "*bold* and **strong**", "a*b*c", "snake_case_name", "_under_",
        "~strike~ ~~two~~", "`code`", "[text](https://example.com)", "![img](x.png)", "[ref]",
        "a | b | c", "<b>bold</b>", "<https://example.com>", "a < b > c", "&amp; &copy; &#35; &",
        "C:\\path\\to", "back\\*slash", "$5 and $10", "$x$ math", "50% off: 3 for 2, (today)!",
        "@brand thanks", "mail me at a@b.c", "==marked==", "Wait... what?! {yes}");
    for (String c : cases) {
      String md = Escape.md(c);
      String expected = c.replace("@b", "@\u200Bb");
      assertThat(rendered(md)).as(c + " -> " + md).isEqualTo(expected);
      String table = "| a |\n|---|\n| " + md + " |\n";
      assertThat(rendered(table)).as("cell: " + c + " -> " + md).isEqualTo("a" + expected);
    }
  }

  /** Ordinary text keeps its punctuation as it is: no backslash where Markdown needs none. */
  @Test
  void noNeedlessBackslashes() {
    for (String c : List.of("2027-09-11 08:46", "Join us: 3 for 2, today (only)!",
        "#hashtag and #another", "a - b + c", "snake_case_name", "5 * 3 = 15", "50% off",
        "\"quoted\" 'single'", "$5 off", "a < b", "Tom & Jerry", "Q&A", "1.5 million",
        "{curly}", "~5 km")) {
      assertThat(Escape.md(c)).as(c).isEqualTo(c);
    }
  }
}
