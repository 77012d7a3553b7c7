package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import dev.hashvet.report.Run;
import java.io.PrintWriter;

/** The machine formats other than JSON; they arrive with the calendar reports. */
final class Reports {
  private Reports() {}

  static void write(OutputOptions.Format format, Run run, PrintWriter out) {
    throw HashvetException.input("--format " + format + " is not available yet; use text or json");
  }
}
