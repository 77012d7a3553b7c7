package dev.hashvet.fetch;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.Post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Passes queries to another provider and keeps what it gave, query by query, so that {@code
 * --record} can write the exact context of a run for later replay: one sample (one header) per
 * query, each replayed as the context of its own tag only.
 */
public final class RecordingContextProvider implements ContextProvider {
  private final ContextProvider inner;
  private final Map<String, Recorded> byQuery = new LinkedHashMap<>();

  public RecordingContextProvider(ContextProvider inner) {
    this.inner = inner;
  }

  @Override
  public synchronized FetchedContext fetch(Query query) {
    FetchedContext f = inner.fetch(query);
    Recorded r = byQuery.computeIfAbsent(query.label(), k -> new Recorded());
    for (Post p : f.posts()) {
      if (r.seen.add(p.source() + "\u0000" + p.id() + "\u0000" + p.text())) {
        r.posts.add(p);
      }
    }
    for (SourceReport s : f.sources()) {
      r.reports.merge(s.id(), s, SourceReport::combine);
    }
    return f;
  }

  /** Everything recorded so far, one sample per query in the order asked, fetched at {@code at}. */
  public synchronized SampleSet samples(String fetchedAt) {
    List<Sample> out = new ArrayList<>();
    byQuery.forEach((query, r) -> out.add(new Sample(query, fetchedAt,
        new ArrayList<>(r.reports.values()), r.posts, List.of())));
    return new SampleSet(out, List.of());
  }

  private static final class Recorded {
    final List<Post> posts = new ArrayList<>();
    final Set<String> seen = new LinkedHashSet<>();
    final Map<String, SourceReport> reports = new LinkedHashMap<>();
  }
}
