package dev.hashvet.report;

import dev.hashvet.rules.Severity;
import dev.hashvet.text.Sanitizer;
import java.io.PrintWriter;

/**
 * {@code --format compact}: one line per finding, {@code file:line:col: severity rule message}, as
 * ESLint's unix and ruff's concise formats, for editors and grep. Severities are the editors'
 * words: block is {@code error}, review {@code warning}, info {@code info} (info only with
 * --verbose). A check of text given inline or on standard input is {@code <text>}. Bad rows and
 * rows that could not be vetted are error lines of {@code hashvet.bad-row} and {@code
 * hashvet.could-not-vet}. When there was any line, a blank line and a count end the report, as
 * ESLint's ("3 problems (1 error, 2 warnings)"); --quiet leaves the count out. Accepted findings
 * (allow list, row ignores, baseline) are not listed.
 */
public final class LineReport extends ProblemReport {
  private final PrintWriter out;
  private final boolean quiet;
  private int errors;
  private int warnings;
  private int infos;

  public LineReport(PrintWriter out, boolean verbose, boolean quiet) {
    super(verbose);
    this.out = out;
    this.quiet = quiet;
  }

  /** The editors' word for a severity. */
  static String word(Severity s) {
    return switch (s) {
      case BLOCK -> "error";
      case REVIEW -> "warning";
      case INFO -> "info";
    };
  }

  @Override
  void problem(Place p, Severity s, String rule, String message) {
    switch (s) {
      case BLOCK -> errors++;
      case REVIEW -> warnings++;
      case INFO -> infos++;
    }
    out.println(Sanitizer.oneLine(p.file()) + ":" + p.line() + ":" + p.column() + ": " + word(s)
        + " " + rule + " " + Sanitizer.oneLine(message.isBlank() ? rule : message));
  }

  @Override
  public void end(RunSummary summary) {
    int total = errors + warnings + infos;
    if (total > 0 && !quiet) {
      out.println();
      out.println(count(total, "problem") + " (" + count(errors, "error") + ", "
          + count(warnings, "warning") + (infos > 0 ? ", " + infos + " info" : "") + ")");
    }
    out.flush();
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
