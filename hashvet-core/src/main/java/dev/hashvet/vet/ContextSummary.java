package dev.hashvet.vet;

import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.SourceReport;
import java.util.List;
import java.util.Map;

/**
 * What context was used and what it looked like.
 *
 * @param required whether live context was required (neither --offline nor --sample)
 * @param mode "live", "sample" or "offline"
 * @param sources one report per source asked
 * @param posts distinct posts after near-duplicates were collapsed
 * @param topTerms words that stand out in the sample against everyday English, most distinctive
 *     first
 * @param topTags tags used together with the tag, most frequent first
 * @param tones share of posts per tone id, in tone order
 * @param mood one sentence on the conversation ("mostly grieving", ...), or ""
 * @param signals live signals (history, trends, headlines, events)
 */
public record ContextSummary(
    boolean required,
    String mode,
    List<SourceReport> sources,
    int posts,
    List<String> topTerms,
    List<String> topTags,
    Map<String, Double> tones,
    String mood,
    LiveSignals signals) {
  public ContextSummary {
    sources = List.copyOf(sources);
    topTerms = List.copyOf(topTerms);
    topTags = List.copyOf(topTags);
    tones = Map.copyOf(tones);
  }

  /** No context: offline, or not fetched. */
  public static ContextSummary none(boolean required, String mode, List<SourceReport> sources) {
    return new ContextSummary(required, mode, sources, 0, List.of(), List.of(), Map.of(), "",
        LiveSignals.NONE);
  }
}
