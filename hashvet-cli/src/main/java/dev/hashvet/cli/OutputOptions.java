package dev.hashvet.cli;

import picocli.CommandLine.Option;

/** Options for how results are shown and when the exit code is 1. */
public final class OutputOptions {
  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE});"
          + " github: workflow-command annotations, compact: file:line:col: severity rule"
          + " message.")
  Format format = Format.text;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Lowest verdict that exits 1: review, block or never (default: config, else block).")
  String failOn;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR turns it"
          + " on), always or never (default ${DEFAULT-VALUE}).")
  ColorWhen color = ColorWhen.auto;

  @Option(names = "--no-color", description = "No colour: the same as --color=never.")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "Only the verdict line (text format).")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "More detail, and stack traces for unexpected errors.")
  boolean verbose;

  /** Whether to colour the output: the options first, then the environment ({@link Env}). */
  boolean colour(Env env) {
    if (noColor || color == ColorWhen.never) {
      return false;
    }
    return color == ColorWhen.always || env.colourAllowed();
  }

  /** The same options without colour, for a report written to a file. */
  OutputOptions plain() {
    OutputOptions o = new OutputOptions();
    o.format = format;
    o.failOn = failOn;
    o.color = ColorWhen.never;
    o.noColor = true;
    o.quiet = quiet;
    o.verbose = verbose;
    return o;
  }

  /** Output formats. */
  public enum Format {
    text,
    json,
    sarif,
    junit,
    markdown,
    github,
    compact
  }

  /** When to colour: {@code --color=auto|always|never}. */
  public enum ColorWhen {
    auto,
    always,
    never
  }
}
