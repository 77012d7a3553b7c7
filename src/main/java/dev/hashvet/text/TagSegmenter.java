package dev.hashvet.text;

import java.util.List;

/**
 * Reads a run-together tag as words. This first version keeps the tag whole; the word-frequency
 * segmenter replaces it.
 */
public final class TagSegmenter {
  private final TextNormalizer normalizer = new TextNormalizer();

  /** The ranked readings of {@code tag} (without '#'). */
  public TagReadings read(String tag) {
    String folded = normalizer.fold(tag);
    return new TagReadings(tag, folded, List.of(new Reading(folded, List.of(folded), 0, List.of())));
  }
}
