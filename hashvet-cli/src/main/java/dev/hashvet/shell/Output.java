package dev.hashvet.shell;

import dev.hashvet.report.Style;
import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Where the session writes and how.
 *
 * @param out answers, settings and help
 * @param err error lines
 * @param style colour or none
 * @param width the terminal's width now, in columns
 * @param quiet only the verdict line of each answer
 * @param verbose stack traces for unexpected errors
 * @param interactive a person types the entries (a terminal), so answers may point at {@code :why}
 */
public record Output(
    PrintWriter out,
    PrintWriter err,
    Style style,
    IntSupplier width,
    boolean quiet,
    boolean verbose,
    boolean interactive) {
  /** Output for a person at a terminal. */
  public Output(
      PrintWriter out,
      PrintWriter err,
      Style style,
      IntSupplier width,
      boolean quiet,
      boolean verbose) {
    this(out, err, style, width, quiet, verbose, true);
  }
}
