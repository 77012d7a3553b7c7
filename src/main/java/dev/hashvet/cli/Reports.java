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
import java.io.PrintWriter;

/** Picks the reporter for --format: the one place that maps format names to writers. */
final class Reports {
  private Reports() {}

  /** Writes a complete run (check) as SARIF, JUnit XML or Markdown. */
  static void write(OutputOptions.Format format, Run run, PrintWriter out) {
    RunWriter w = switch (format) {
      case json -> new JsonReport().writer(out);
      case sarif -> new SarifReport(out);
      case junit -> new JunitReport(out);
      case markdown -> new MarkdownReport(out);
      case text -> new CalendarTextReport(Style.plain(), 100, false, false, out);
    };
    w.write(run, RunInfo.of(run, Version.current()));
  }

  /** The streaming writer for a calendar run. */
  static RunWriter writer(OutputOptions output, Env env, PrintWriter out) {
    return switch (output.format) {
      case text -> new CalendarTextReport(new Style(env.colourAllowed() && !output.noColor),
          env.width(), output.quiet, output.verbose, out);
      case json -> new JsonReport().writer(out);
      case sarif -> new SarifReport(out);
      case junit -> new JunitReport(out);
      case markdown -> new MarkdownReport(out);
    };
  }
}
