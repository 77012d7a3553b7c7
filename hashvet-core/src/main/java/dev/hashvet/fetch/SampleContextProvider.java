package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.LiveSignals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Serves a recorded sample file as context (the {@code --sample} option): each query gets only the
 * sample recorded for it, or the file's headerless sample. A query with neither gets no posts and a
 * note saying so, never another tag's posts.
 */
public final class SampleContextProvider implements ContextProvider {
  private final SampleSet samples;
  private final String label;

  public SampleContextProvider(SampleSet samples, String label) {
    this.samples = samples;
    this.label = label;
  }

  /** One sample: a headerless one serves every query, one with a query serves that query only. */
  public SampleContextProvider(Sample sample, String label) {
    this(SampleSet.of(sample), label);
  }

  @Override
  public FetchedContext fetch(Query query) {
    Optional<Sample> found = samples.forQuery(query);
    if (found.isEmpty()) {
      String note = "no sample for " + query.label() + " in " + label;
      List<String> warnings = new ArrayList<>(samples.warnings());
      warnings.add(note + ": its context is not checked (the file holds "
          + queries() + ")");
      SourceReport report = new SourceReport("sample", SourceStatus.SKIPPED, 0, note);
      return new FetchedContext(List.of(), List.of(report), LiveSignals.NONE, warnings);
    }
    Sample sample = found.get();
    String detail = "recorded sample " + label;
    if (!sample.query().isEmpty()) {
      detail += " for " + sample.query();
    }
    if (!sample.fetchedAt().isEmpty()) {
      detail += ", fetched " + sample.fetchedAt();
    }
    SourceStatus status = sample.posts().isEmpty() ? SourceStatus.EMPTY : SourceStatus.OK;
    if (sample.posts().isEmpty() && !sample.sources().isEmpty()
        && sample.sources().stream().noneMatch(r -> r.status().answered())) {
      // Recorded when no source answered for the tag: replayed as such, not as "nobody posts".
      status = SourceStatus.SKIPPED;
      detail += "; no source answered for " + sample.query() + " when it was recorded";
    }
    SourceReport report = new SourceReport("sample", status, sample.posts().size(), detail);
    return new FetchedContext(sample.posts(), List.of(report), LiveSignals.NONE,
        samples.warnings());
  }

  /** The queries the file holds samples for, as its headers name them. */
  private String queries() {
    List<String> names = samples.samples().stream().map(Sample::query).toList();
    return names.size() == 1 ? "a sample for " + names.get(0)
        : "samples for " + String.join(", ", names);
  }
}
