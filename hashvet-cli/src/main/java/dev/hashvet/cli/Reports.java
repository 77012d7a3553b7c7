package dev.hashvet.cli;

import dev.hashvet.report.CalendarTextReport;
import dev.hashvet.report.JsonReport;
import dev.hashvet.report.JunitReport;
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
   * object, or the calendar writers' SARIF, JUnit XML and Markdown.
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
    return switch (output.format) {
      case text -> new CalendarTextReport(style(output, env), env.width(), output.quiet,
          output.verbose, out);
      case json -> new JsonReport().writer(out);
      case sarif -> new SarifReport(out);
      case junit -> new JunitReport(out);
      case markdown -> new MarkdownReport(out);
    };
  }

  /** Colour only on a terminal, never with NO_COLOR or --no-color. */
  static Style style(OutputOptions output, Env env) {
    return new Style(env.colourAllowed() && !output.noColor);
  }
}
