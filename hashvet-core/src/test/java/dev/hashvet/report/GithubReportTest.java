package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.vet.FailOn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --format github: workflow commands, escaped as the Actions runner reads them. */
class GithubReportTest {
  private static String github(Run run, boolean verbose) {
    StringWriter sw = new StringWriter();
    new GithubReport(new PrintWriter(sw), verbose).write(run, Fixtures.info(run, false));
    return sw.toString();
  }

  @Test
  void escapesDataAndProperties() {
    assertThat(GithubReport.data("50% off\r\nnow")).isEqualTo("50%25 off%0Anow");
    assertThat(GithubReport.data("a\nb")).isEqualTo("a%0Ab");
    assertThat(GithubReport.data("\u001B[31mred\u001B[0m::x")).isEqualTo("red::x");
    assertThat(GithubReport.property("plans/q4: a,b%.csv"))
        .isEqualTo("plans/q4%3A a%2Cb%25.csv");
  }

  @Test
  void oneAnnotationPerFindingErrorForBlockWarningForReview() {
    Run run = Fixtures.calendar(FailOn.BLOCK);
    String out = github(run, false);
    List<String> lines = out.lines().toList();
    assertThat(lines).allSatisfy(l -> assertThat(l)
        .matches("^::(error|warning) file=[^,:]+,line=[0-9]+,col=[0-9]+,title=[^,:]+::\\S.*$"));
    assertThat(lines).anyMatch(l -> l.startsWith(
        "::error file=plans/q4 plan.csv,line=2,col=") && l.contains(
        "title=combo.named-disaster-promotion::"));
    assertThat(lines).anyMatch(l -> l.startsWith(
        "::error file=plans/q4 plan.csv,line=5,col=1,title=hashvet.bad-row::This row could not"));
    int expected = 1;
    for (Run.Row r : run.rows()) {
      expected += (int) r.result().findings().stream()
          .filter(f -> f.severity() != dev.hashvet.rules.Severity.INFO).count();
    }
    assertThat(lines).hasSize(expected);
    // No post can end the message early or start a command of its own.
    assertThat(out).doesNotContain("\u001B").doesNotContain("\r");
    assertThat(lines).noneMatch(l -> l.indexOf("::", 2) != l.lastIndexOf("::")
        && !l.contains("hashvet.bad-row"));
  }

  @Test
  void inlineTextHasNoFileVerboseAddsNotices() {
    String inline = github(Fixtures.check(""), false);
    assertThat(inline).contains("::error title=combo.named-disaster-promotion::");
    assertThat(inline).doesNotContain("file=");
    String file = github(Fixtures.check("drafts/post.txt"), false);
    assertThat(file).contains(
        "::error file=drafts/post.txt,line=2,col=5,title=combo.named-disaster-promotion::");
    Run run = Fixtures.calendar(FailOn.BLOCK);
    boolean anyInfo = run.rows().stream().flatMap(r -> r.result().findings().stream())
        .anyMatch(f -> f.severity() == dev.hashvet.rules.Severity.INFO);
    assertThat(github(run, false)).doesNotContain("::notice");
    if (anyInfo) {
      assertThat(github(run, true)).contains("::notice ");
    }
  }
}
