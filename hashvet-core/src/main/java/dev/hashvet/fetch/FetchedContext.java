package dev.hashvet.fetch;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.LiveSignals;

import dev.hashvet.context.Post;

import java.util.List;

/**
 * What the sources gave for one query.
 *
 * @param posts every post sampled (de-duplicated across instances of one network)
 * @param sources one report per source asked, in configuration order
 * @param signals usage history, trends, headlines and current events
 * @param warnings problems worth telling the user that did not stop the fetch
 */
public record FetchedContext(
    List<Post> posts, List<SourceReport> sources, LiveSignals signals, List<String> warnings) {
  public FetchedContext {
    posts = List.copyOf(posts);
    sources = List.copyOf(sources);
    warnings = List.copyOf(warnings);
  }

  /** True when at least one source answered (with or without posts). */
  public boolean anyAnswered() {
    return sources.stream().anyMatch(s -> s.status().answered());
  }
}
