package dev.hashvet.fetch;

import dev.hashvet.fetch.http.Deadline;
import java.util.List;
import java.util.Map;

/**
 * One live source (Mastodon, Bluesky, Reddit, news, Wikipedia) behind one interface. A source never
 * throws for its own failure: it answers with a {@link SourceResult} whose status says what
 * happened. Implementations are safe to call from several threads.
 */
public interface Source {
  /** The source id used in config, {@code --sources} and reports ("mastodon"). */
  String id();

  /** The base URLs it asks (Mastodon: one per instance). */
  List<String> urls();

  /** The environment variables it reads credentials from, each with whether it is set. */
  default Map<String, Boolean> credentials() {
    return Map.of();
  }

  /** Its limits in plain words ("up to 80 posts per instance, 7-day history, trends"). */
  String limits();

  /**
   * Why it cannot run now even when selected (credentials missing), or "" when it can. A
   * non-empty answer makes the source {@code skipped} with this reason.
   */
  default String missing() {
    return "";
  }

  /** Samples {@code query} before {@code deadline}. */
  SourceResult fetch(Query query, Deadline deadline);

  /**
   * What in its settings changes its answers: part of the sample cache's key, so a changed
   * setting is never answered from an old sample.
   */
  default String settingsKey() {
    return String.join(",", urls()) + "|" + limits();
  }
}
