package dev.hashvet.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for standard error on a terminal: rows done, share of the input read,
 * rows per second and time left. It redraws at most ten times a second, and removes itself when
 * the run ends, so the report is never mixed with it. Only for terminals: pipes and CI logs get
 * {@link Progress#NONE}.
 */
public final class ProgressBar implements Progress {
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final String CLEAR = "\r\u001B[K";

  private final PrintWriter err;
  private final int width;
  private final LongSupplier nanos;
  private final long start;
  private long lastDraw = Long.MIN_VALUE;
  private boolean drawn;

  /**
   * @param err standard error (a terminal)
   * @param width the terminal's width
   * @param nanos a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  public ProgressBar(PrintWriter err, int width, LongSupplier nanos) {
    this.err = err;
    this.width = Math.max(40, width);
    this.nanos = nanos;
    this.start = nanos.getAsLong();
  }

  @Override
  public void update(int rows, long bytes, long totalBytes) {
    long now = nanos.getAsLong();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    err.print(CLEAR + line(rows, bytes, totalBytes, now - start));
    err.flush();
    drawn = true;
  }

  /** The bar's text for the given progress after {@code elapsed} nanoseconds. */
  String line(int rows, long bytes, long totalBytes, long elapsed) {
    double done = totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytes / totalBytes);
    double secs = elapsed / 1e9;
    String rate = secs > 0 ? String.format(Locale.ROOT, "%,.0f rows/s", rows / secs) : "";
    String left = "";
    if (done > 0.02 && done < 1 && secs > 0.5) {
      left = "~" + duration(secs * (1 - done) / done) + " left";
    }
    String head = String.format(Locale.ROOT, "%,d rows ", rows);
    String tail = String.format(Locale.ROOT, " %3d%%  %s  %s", Math.round(done * 100), rate, left)
        .stripTrailing();
    // One column is kept free so the line never wraps; a bar too narrow to read is left out.
    int room = Math.min(40, width - 1 - head.length() - tail.length() - 2);
    String text = head.strip() + tail;
    if (room >= 5) {
      int fill = (int) Math.round(done * room);
      text = head + "[" + "#".repeat(fill) + ".".repeat(room - fill) + "]" + tail;
    }
    return text.length() < width ? text : text.substring(0, width - 1);
  }

  private static String duration(double secs) {
    long s = Math.round(secs);
    return s >= 120 ? s / 60 + "m" + (s % 60 > 0 ? String.format(Locale.ROOT, "%02ds", s % 60) : "")
        : s + "s";
  }

  @Override
  public void finish() {
    if (drawn) {
      err.print(CLEAR);
      err.flush();
      drawn = false;
    }
  }
}
