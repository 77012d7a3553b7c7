package dev.hashvet.fetch.http;

import java.time.Duration;

/**
 * The moment a check must be done by, on the monotonic clock (elapsed time, not time of day, so a
 * fixed test clock cannot stop it).
 *
 * @param endNanos {@link System#nanoTime()} at the deadline
 * @param total the whole budget, for messages ("no answer within 6 s")
 */
public record Deadline(long endNanos, Duration total) {
  /** The deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos(), budget);
  }

  /** Time left; zero once passed. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }

  public boolean expired() {
    return endNanos - System.nanoTime() <= 0;
  }

  /** The budget in words: "6 s", "1.5 s", "800 ms". */
  public String budget() {
    return seconds(total);
  }

  /** A duration in words: "6 s", "1.5 s", "800 ms". */
  public static String seconds(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
