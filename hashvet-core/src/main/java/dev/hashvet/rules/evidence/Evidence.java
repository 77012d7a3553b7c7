package dev.hashvet.rules.evidence;

import java.util.List;
import java.util.Optional;

/**
 * What a matcher found, one record per kind of match, each with its own typed fields. Each kind
 * writes itself as the JSON object the reports show under {@code evidence} ({@link #write}); the
 * reports read the fields of the kinds they show in words.
 */
public sealed interface Evidence extends Fields.Written
    permits TextSpan, TagSpan, RiskyReading, Evasion, ContextShare, UseSpike, Trending,
        HeadlineHit, EventHit, DateHit, UndatedHit, Combined {

  /** The kinds it is made of, in order: itself, or the parts of a combination. */
  default List<Evidence> parts() {
    return List.of(this);
  }

  /**
   * The first part that says where in the post it is (a span of the text or of a tag's reading,
   * a tag's risky reading, an evasion in a tag): the one a report points at.
   */
  default Optional<Evidence> place() {
    return parts().stream()
        .filter(e -> e instanceof TextSpan || e instanceof TagSpan || e instanceof RiskyReading
            || e instanceof Evasion)
        .findFirst();
  }

  /**
   * The text written under {@code key} (a combination's first part that has it), e.g. "span" or
   * "tag": what baselines, allow entries and fingerprints compare.
   */
  default Optional<String> value(String key) {
    return Keys.of(this).text(key);
  }

  /**
   * This evidence with {@code regions} as its markets, when it has markets of its own (a date's):
   * a rule for some markets names them there. Empty when it has none.
   */
  default Optional<Evidence> withRegions(List<String> regions) {
    return Optional.empty();
  }
}
