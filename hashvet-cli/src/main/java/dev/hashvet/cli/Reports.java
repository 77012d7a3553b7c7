package dev.hashvet.cli;

import dev.hashvet.report.CalendarTextReport;
import dev.hashvet.report.GithubReport;
import dev.hashvet.report.JsonReport;
import dev.hashvet.report.JunitReport;
import dev.hashvet.report.LineReport;
import dev.hashvet.report.MarkdownReport;
import dev.hashvet.report.Run;
import dev.hashvet.report.RunInfo;
import dev.hashvet.report.RunWriter;
import dev.hashvet.report.SarifReport;
import dev.hashvet.report.Style;
import dev.hashvet.report.TextReport;
import java.io.PrintWriter;

/** Picks the reporter for --format: the one place that maps format names to writers. */
final class Reports {
  private Reports() {}

  /**
   * Writes a check's one result: the full text report for people, the contract's single JSON
   * object, or the calendar writers' SARIF, JUnit XML, Markdown, annotations and compact lines.
   */
  static void check(OutputOptions output, Env env, Run run, PrintWriter out) {
    switch (output.format) {
      case text -> new TextReport(style(output, env), env.width(), output.quiet, output.verbose)
          .write(run.rows().get(0).result(), out);
      case json -> new JsonReport().write(run, out);
      default -> writer(output, env, out).write(run, RunInfo.of(run, Version.current()));
    }
  }

  /** The streaming writer for a calendar run. */
  static RunWriter writer(OutputOptions output, Env env, PrintWriter out) {
    return writer(output.format, output, env, out);
  }

  /** The streaming writer of {@code format} (a calendar's --report files use it too). */
  static RunWriter writer(
      OutputOptions.Format format, OutputOptions output, Env env, PrintWriter out) {
    return switch (format) {
      case text -> new CalendarTextReport(style(output, env), env.width(), output.quiet,
          output.verbose, out);
      case json -> new JsonReport().writer(out);
      case sarif -> new SarifReport(out);
      case junit -> new JunitReport(out);
      case markdown -> new MarkdownReport(out);
      case github -> new GithubReport(out, output.verbose);
      case compact -> new LineReport(out, output.verbose, output.quiet);
    };
  }

  /** Colour as --color (or --no-color), FORCE_COLOR, NO_COLOR and the terminal say. */
  static Style style(OutputOptions output, Env env) {
    return new Style(output.colour(env));
  }
}
