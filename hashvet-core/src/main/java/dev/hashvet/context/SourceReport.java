package dev.hashvet.context;

/**
 * What one source did for one query.
 *
 * @param id the source id ("mastodon", "bluesky", "sample", ...)
 * @param status how it answered
 * @param posts how many posts it gave
 * @param detail plain words: the instance asked, the reason it failed or was skipped
 */
public record SourceReport(String id, SourceStatus status, int posts, String detail) {

  /** The detail for the JSON contract, which has no status for a time-out: it says so here. */
  public String contractDetail() {
    return status == SourceStatus.TIMED_OUT && !detail.startsWith("timed out")
        ? "timed out: " + detail : detail;
  }

  /**
   * This source's report joined with its report for another query of the same run: ok if either
   * was ok, else answered if either answered; posts added up; details joined when they differ.
   */
  public SourceReport combine(SourceReport other) {
    SourceStatus s = status.answered() ? status : other.status;
    if (status == SourceStatus.OK || other.status == SourceStatus.OK) {
      s = SourceStatus.OK;
    }
    String d = detail.equals(other.detail) ? detail : detail + "; " + other.detail;
    return new SourceReport(id, s, posts + other.posts, d);
  }
}
