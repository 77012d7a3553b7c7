package dev.hashvet.report;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.evidence.FieldText;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JUnit XML for CI test-report parsers (GitLab, Jenkins, GitHub test reporters): one
 * {@code <testsuite>} for the run, one {@code <testcase>} per row (classname: the calendar file;
 * name: the row id and line), a {@code <failure>} for a row at or above --fail-on, an
 * {@code <error>} for a bad row or a row that could not be vetted. The test cases are spooled
 * (to disk past a megabyte) until the counts for the suite's attributes are known.
 */
public final class JunitReport implements RunWriter {
  private static final int NAME_TEXT = 60;

  private final PrintWriter out;
  private final Spool cases = new Spool();
  private RunInfo info;
  private FailOn failOn = FailOn.BLOCK;
  private int tests;
  private int failures;
  private int errors;

  public JunitReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(RunInfo info) {
    this.info = info;
    this.failOn = info.failOn();
  }

  @Override
  public void row(Run.Row row) {
    tests++;
    VetResult r = row.result();
    StringBuilder sb = new StringBuilder();
    sb.append("  <testcase").append(attr("classname", classname(row.file())))
        .append(attr("name", name(row.id(), row.line(), r.input().text())));
    if (!row.file().isEmpty()) {
      sb.append(attr("file", row.file())).append(attr("line", String.valueOf(row.line())));
    }
    sb.append(">\n");
    if (!r.vetted()) {
      errors++;
      sb.append("    <error").append(attr("type", "could not vet"))
          .append(attr("message", "could not vet: no live source answered")).append(">")
          .append(Escape.xml(String.join("\n", r.notes()))).append("</error>\n");
    } else if (failOn.fails(r.verdict())) {
      failures++;
      Finding top = r.findings().get(0);
      sb.append("    <failure").append(attr("type", r.verdict().name()))
          .append(attr("message", r.verdict().name() + ": " + top.rule() + ": " + top.message()))
          .append(">").append(Escape.xml(details(r))).append("</failure>\n");
    }
    String notes = notes(r);
    if (!notes.isEmpty()) {
      sb.append("    <system-out>").append(Escape.xml(notes)).append("</system-out>\n");
    }
    sb.append("  </testcase>\n");
    cases.append(sb.toString());
  }

  @Override
  public void error(Run.RowError e) {
    tests++;
    errors++;
    cases.append("  <testcase" + attr("classname", classname(e.file()))
        + attr("name", (e.id().isEmpty() ? "" : e.id() + " ") + "(line " + e.line() + ")")
        + attr("file", e.file())
        + attr("line", String.valueOf(e.line())) + ">\n"
        + "    <error" + attr("type", "bad row") + attr("message", e.message()) + ">"
        + Escape.xml(e.file() + ":" + e.line() + ": " + e.message()) + "</error>\n"
        + "  </testcase>\n");
  }

  @Override
  public void end(RunSummary summary) {
    String kind = info == null ? "calendar" : info.kind();
    out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.print("<testsuite" + attr("name", "hashvet " + kind) + attr("tests", "" + tests)
        + attr("failures", "" + failures) + attr("errors", "" + errors) + attr("skipped", "0")
        + ">\n");
    out.print("  <properties>\n");
    List<String[]> props = new ArrayList<>();
    props.add(new String[] {"fail_on", failOn.id()});
    props.add(new String[] {"context", info == null ? "" : info.mode()});
    props.add(new String[] {"version", info == null ? "" : info.version()});
    props.add(new String[] {"exit_code", String.valueOf(summary.exitCode())});
    for (String n : summary.notes()) {
      props.add(new String[] {"note", n});
    }
    for (String[] p : props) {
      out.print("    <property" + attr("name", p[0]) + attr("value", p[1]) + "/>\n");
    }
    out.print("  </properties>\n");
    cases.copyTo(out);
    cases.close();
    out.print("</testsuite>\n");
    out.flush();
  }

  /** Every finding of a failing row, one block each: the failure's body. */
  private static String details(VetResult r) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : r.findings()) {
      sb.append(f.severity().id().toUpperCase(Locale.ROOT)).append(' ')
          .append(f.rule()).append(" (").append(f.category().id()).append(", GARM ")
          .append(f.garm().label()).append(")\n  ")
          .append(f.message()).append("\n  why: ").append(f.why()).append('\n');
      for (FieldText.Field e : FieldText.of(f::writeEvidence, FieldText.Form.JAVA)) {
        if (!e.key().equals("examples")) {
          sb.append("  ").append(e.key()).append(": ").append(e.value()).append('\n');
        }
      }
    }
    sb.append("post: ").append(r.input().text());
    return sb.toString();
  }

  /** Findings below --fail-on, accepted findings and notes: for people reading the CI log. */
  private String notes(VetResult r) {
    List<String> lines = new ArrayList<>();
    if (r.vetted() && !failOn.fails(r.verdict())) {
      for (Finding f : r.findings()) {
        lines.add(f.severity().id() + " " + f.rule() + " (GARM " + f.garm().label() + "): "
            + f.message());
      }
    }
    for (Allowed a : r.allowed()) {
      lines.add("accepted " + a.finding().rule() + " (" + a.reason() + ", " + a.where() + ")");
    }
    lines.addAll(r.notes());
    return String.join("\n", lines);
  }

  private static String classname(String file) {
    return file.isEmpty() ? "hashvet.check" : file;
  }

  private static String name(String id, int line, String text) {
    String head = Escape.cut(text.strip().replaceAll("\\s+", " "), NAME_TEXT);
    if (line == 0) {
      return head;
    }
    return (id.isEmpty() ? "" : id + " ") + "(line " + line + "): " + head;
  }

  private static String attr(String name, String value) {
    return " " + name + "=\"" + Escape.xml(value) + "\"";
  }
}
