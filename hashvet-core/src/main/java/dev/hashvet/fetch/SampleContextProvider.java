package dev.hashvet.fetch;

import java.util.List;

/** Serves a recorded sample as the context of every query (the {@code --sample} option). */
public final class SampleContextProvider implements ContextProvider {
  private final Sample sample;
  private final String label;

  public SampleContextProvider(Sample sample, String label) {
    this.sample = sample;
    this.label = label;
  }

  @Override
  public FetchedContext fetch(Query query) {
    String detail = "recorded sample " + label;
    if (!sample.query().isEmpty()) {
      detail += " for " + sample.query();
    }
    if (!sample.fetchedAt().isEmpty()) {
      detail += ", fetched " + sample.fetchedAt();
    }
    SourceReport report =
        new SourceReport("sample", SourceStatus.OK, sample.posts().size(), detail);
    return new FetchedContext(sample.posts(), List.of(report), LiveSignals.NONE, sample.warnings());
  }
}
