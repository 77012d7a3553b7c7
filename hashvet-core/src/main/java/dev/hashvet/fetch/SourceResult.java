package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.LiveSignals;

import dev.hashvet.context.Post;

import dev.hashvet.fetch.http.SourceFailure;
import java.util.List;

/**
 * What one source gave for one query.
 *
 * @param status how it answered
 * @param detail plain words: what was asked and what came back, or why not
 * @param posts its posts (empty unless it answered)
 * @param signals its history, trends, headlines or events
 * @param warnings problems that did not stop it (one instance of several failing)
 */
public record SourceResult(
    SourceStatus status,
    String detail,
    List<Post> posts,
    LiveSignals signals,
    List<String> warnings) {
  public SourceResult {
    posts = List.copyOf(posts);
    warnings = List.copyOf(warnings);
  }

  /** An answer: {@code ok} with posts or signals, {@code empty} with neither. */
  public static SourceResult answered(
      List<Post> posts, LiveSignals signals, String detail, List<String> warnings) {
    boolean any =
        !posts.isEmpty() || !signals.headlines().isEmpty() || !signals.events().isEmpty();
    return new SourceResult(
        any ? SourceStatus.OK : SourceStatus.EMPTY, detail, posts, signals, warnings);
  }

  public static SourceResult failed(SourceFailure f) {
    return failed(f.status(), f.detail());
  }

  public static SourceResult failed(SourceStatus status, String detail) {
    return new SourceResult(status, detail, List.of(), LiveSignals.NONE, List.of());
  }

  /** Not asked, and why ("set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD"). */
  public static SourceResult skipped(String why) {
    return failed(SourceStatus.SKIPPED, why);
  }

  /** The report line for {@code id}. */
  public SourceReport report(String id) {
    return new SourceReport(id, status, posts.size(), detail);
  }
}
