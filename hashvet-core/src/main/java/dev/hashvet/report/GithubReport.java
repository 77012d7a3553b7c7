package dev.hashvet.report;

import dev.hashvet.rules.Severity;
import dev.hashvet.text.Sanitizer;
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
public final class GithubReport extends ProblemReport {
  private final PrintWriter out;

  public GithubReport(PrintWriter out, boolean verbose) {
    super(verbose);
    this.out = out;
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
  void problem(Place p, Severity s, String rule, String lowerCase) {
    // An annotation is read as a sentence on the pull request.
    String message = lowerCase.isEmpty() ? lowerCase
        : Character.toUpperCase(lowerCase.charAt(0)) + lowerCase.substring(1);
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
