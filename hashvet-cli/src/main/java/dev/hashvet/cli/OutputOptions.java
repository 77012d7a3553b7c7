package dev.hashvet.cli;

import picocli.CommandLine.Option;

/** Options for how results are shown and when the exit code is 1. */
public final class OutputOptions {
  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Lowest verdict that exits 1: review, block or never (default: config, else block).")
  String failOn;

  @Option(names = "--no-color", description = "No colour (also off when not a terminal or NO_COLOR is set).")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "Only the verdict line (text format).")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "More detail, and stack traces for unexpected errors.")
  boolean verbose;

  /** Output formats. */
  public enum Format {
    text,
    json,
    sarif,
    junit,
    markdown
  }
}
