package dev.hashvet.fetch.http;

import dev.hashvet.context.SourceStatus;

/**
 * Why one source could not answer one query: its status ({@code unavailable} or {@code timed out})
 * and the reason in plain words. Thrown inside a source and turned into its report at the source's
 * boundary; it never leaves the {@code fetch} packages (a source failing is a status, not an error).
 */
public final class SourceFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final SourceStatus status;

  public SourceFailure(SourceStatus status, String detail) {
    // No stack trace: this is an expected outcome, raised often, and never printed.
    super(detail, null, false, false);
    this.status = status;
  }

  public static SourceFailure unavailable(String detail) {
    return new SourceFailure(SourceStatus.UNAVAILABLE, detail);
  }

  public static SourceFailure timedOut(String detail) {
    return new SourceFailure(SourceStatus.TIMED_OUT, detail);
  }

  public SourceStatus status() {
    return status;
  }

  /** The reason, e.g. "rate limited until 12:05:00Z". */
  public String detail() {
    return getMessage();
  }

  /** The same failure with {@code prefix} before its reason ("mastodon.social: HTTP 401"). */
  public SourceFailure prefixed(String prefix) {
    return new SourceFailure(status, prefix + getMessage());
  }
}
