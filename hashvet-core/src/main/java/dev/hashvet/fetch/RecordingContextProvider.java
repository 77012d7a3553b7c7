package dev.hashvet.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Passes queries to another provider and keeps what it gave, so that {@code --record} can write
 * the exact context of a run for later replay.
 */
public final class RecordingContextProvider implements ContextProvider {
  private final ContextProvider inner;
  private final List<Post> posts = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();
  private final Map<String, SourceReport> reports = new LinkedHashMap<>();
  private final List<String> queries = new ArrayList<>();

  public RecordingContextProvider(ContextProvider inner) {
    this.inner = inner;
  }

  @Override
  public synchronized FetchedContext fetch(Query query) {
    FetchedContext f = inner.fetch(query);
    queries.add(query.label());
    for (Post p : f.posts()) {
      if (seen.add(p.source() + "\u0000" + p.id() + "\u0000" + p.text())) {
        posts.add(p);
      }
    }
    for (SourceReport r : f.sources()) {
      reports.merge(r.id(), r, SourceReport::combine);
    }
    return f;
  }

  /** Everything recorded so far, as a sample fetched at {@code fetchedAt}. */
  public synchronized Sample sample(String fetchedAt) {
    return new Sample(String.join(" ", queries), fetchedAt, new ArrayList<>(reports.values()),
        posts, List.of());
  }
}
