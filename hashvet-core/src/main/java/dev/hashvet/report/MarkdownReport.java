package dev.hashvet.report;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown summary ready to paste as a pull-request comment: a headline with
 * the counts, a table of the rows that need a look (blocked first, then review), the passing rows
 * folded away in a {@code <details>} block, the bad rows, and the notes. Post text goes in code
 * spans and every other string is escaped, so no post can break the table, inject HTML or ping
 * anyone. Rows are spooled by verdict (to disk past a megabyte) until the end.
 */
public final class MarkdownReport implements RunWriter {
  private static final int TEXT = 80;
  private static final String HEAD = "| | Row | Id | Publish at | Markets | Post | Findings |\n"
      + "|---|---|---|---|---|---|---|\n";
  private static final String PASS_HEAD = "| Row | Id | Publish at | Markets | Post |\n"
      + "|---|---|---|---|---|\n";

  private final PrintWriter out;
  private final Spool blocked = new Spool();
  private final Spool review = new Spool();
  private final Spool pass = new Spool();
  private final Spool bad = new Spool();
  private RunInfo info;

  public MarkdownReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(RunInfo info) {
    this.info = info;
  }

  @Override
  public void row(Run.Row row) {
    VetResult r = row.result();
    String where = Escape.mdCode(row.file().isEmpty() ? "check" : row.file() + ":" + row.line());
    String common = " | " + where + " | " + Escape.md(row.id()) + " | "
        + Escape.md(r.input().at().toLocalDateTime().toString().replace('T', ' ') + " "
            + r.input().at().getOffset())
        + " | " + Escape.md(r.input().regions().isEmpty() ? "global"
            : String.join(", ", r.input().regions()))
        + " | " + Escape.mdCode(Escape.cut(r.input().text(), TEXT)) + " |";
    switch (r.verdict()) {
      case PASS -> pass.append("|" + common.substring(2) + "\n");
      case REVIEW -> review.append("| ! REVIEW" + common + " " + findings(r) + " |\n");
      case BLOCK -> blocked.append("| ✖ **BLOCK**" + common + " " + findings(r) + " |\n");
    }
  }

  private static String findings(VetResult r) {
    if (!r.vetted()) {
      return "could not vet: no live source answered";
    }
    List<String> parts = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.INFO) {
        continue;
      }
      parts.add("**" + Escape.md(f.rule()) + "** (" + f.severity().id() + ", GARM "
          + Escape.md(f.garm().label()) + "): "
          + Escape.md(f.message()));
    }
    return String.join("<br>", parts);
  }

  @Override
  public void error(Run.RowError e) {
    bad.append("- " + Escape.mdCode(e.file() + ":" + e.line())
        + (e.id().isEmpty() ? "" : " " + Escape.md(e.id())) + ": " + Escape.md(e.message()) + "\n");
  }

  @Override
  public void end(RunSummary s) {
    List<String> counts = new ArrayList<>();
    counts.add("✖ " + s.block() + " blocked");
    counts.add("! " + s.review() + " to review");
    counts.add("✔ " + s.pass() + " pass");
    if (s.errors() > 0) {
      counts.add(s.errors() + " bad row" + (s.errors() == 1 ? "" : "s"));
    }
    String files = info == null || info.files().isEmpty() ? ""
        : " in " + String.join(", ", info.files().stream().map(Escape::mdCode).toList());
    out.print("### hashvet: " + String.join(" · ", counts) + " (" + s.rows() + " row"
        + (s.rows() == 1 ? "" : "s") + files + ")\n\n");
    if (!blocked.isEmpty() || !review.isEmpty()) {
      out.print(HEAD);
      blocked.copyTo(out);
      review.copyTo(out);
      out.print("\n");
    }
    if (!pass.isEmpty()) {
      out.print("<details><summary>" + s.pass() + " row" + (s.pass() == 1 ? "" : "s")
          + " pass</summary>\n\n" + PASS_HEAD);
      pass.copyTo(out);
      out.print("\n</details>\n\n");
    }
    if (!bad.isEmpty()) {
      out.print("**Rows that could not be read** (fix them and run again):\n\n");
      bad.copyTo(out);
      out.print("\n");
    }
    List<String> notes = new ArrayList<>();
    if (info != null && info.mode().equals("offline")) {
      notes.add("Context: none (--offline): text, tag, date and region rules only.");
    }
    if (s.allowed() + s.baselined() > 0) {
      notes.add("Accepted findings: " + s.allowed() + " by the allow list or row ignores, "
          + s.baselined() + " by the baseline.");
    }
    notes.addAll(s.notes());
    for (String n : notes) {
      out.print("> " + Escape.md(n) + "\n");
    }
    if (!notes.isEmpty()) {
      out.print("\n");
    }
    out.print("<sub>hashvet" + (info == null || info.version().isEmpty() ? ""
        : " " + Escape.md(info.version())) + " · --fail-on "
        + (info == null ? "block" : info.failOn().id()) + " · exit code " + s.exitCode()
        + "</sub>\n");
    for (Spool sp : List.of(blocked, review, pass, bad)) {
      sp.close();
    }
    out.flush();
  }
}
