package dev.hashvet.report;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.text.Sanitizer;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;

/**
 * {@code --format github}: GitHub Actions workflow commands, one annotation per finding, shown on
 * the pull request's files: {@code ::error} for block, {@code ::warning} for review, {@code
 * ::notice} for info (only with --verbose), with {@code file}, {@code line}, {@code col} and the
 * rule id as {@code title}. Bad rows and rows that could not be vetted are {@code ::error}
 * annotations of {@code hashvet.bad-row} and {@code hashvet.could-not-vet}. A check of text given
 * inline or on standard input has no file, so its annotations carry no file, line or column (they
 * show on the workflow run). Values are escaped as the runner reads them; nothing else is printed
 * (the exit code says the rest). Accepted findings are not annotated.
 */
public final class GithubReport implements RunWriter {
  private final PrintWriter out;
  private final boolean verbose;

  public GithubReport(PrintWriter out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  /** The workflow command for a severity. */
  static String command(Severity s) {
    return switch (s) {
      case BLOCK -> "error";
      case REVIEW -> "warning";
      case INFO -> "notice";
    };
  }

  @Override
  public void begin(RunInfo info) {}

  @Override
  public void row(Run.Row row) {
    VetResult r = row.result();
    if (!r.vetted()) {
      annotate(Place.of(row), Severity.BLOCK, SarifReport.NOT_VETTED,
          "Could not vet: no live source answered (" + String.join("; ", r.notes()) + ")");
    }
    for (Finding f : Place.inOrder(row, r.findings())) {
      if (f.severity() != Severity.INFO || verbose) {
        annotate(Place.of(row, f), f.severity(), f.rule(), f.message());
      }
    }
  }

  @Override
  public void error(Run.RowError e) {
    annotate(Place.of(e), Severity.BLOCK, SarifReport.BAD_ROW,
        "This row could not be read: " + e.message());
  }

  private void annotate(Place p, Severity s, String rule, String message) {
    StringBuilder sb = new StringBuilder("::").append(command(s)).append(' ');
    if (p.real()) {
      sb.append("file=").append(property(p.file()))
          .append(",line=").append(p.line())
          .append(",col=").append(p.column())
          .append(',');
    }
    sb.append("title=").append(property(rule))
        .append("::").append(data(message.isBlank() ? rule : message));
    out.println(sb);
  }

  /**
   * A command's message as the runner reads it: '%', CR and LF percent-encoded (a message may span
   * lines); other control and escape sequences removed first, so no input can start a command of
   * its own.
   */
  static String data(String s) {
    return Sanitizer.clean(s).strip().replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #data}, and ':' and ',' encoded too. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  @Override
  public void end(RunSummary summary) {
    out.flush();
  }
}
