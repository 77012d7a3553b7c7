package dev.hashvet.text;

import com.twitter.twittertext.Extractor;
import java.util.List;

/**
 * Finds the hashtags of a post exactly as the twitter-text rules define them (the conformance suite
 * in shared/bench/conformance is the reference). Uses the twitter-text library itself, so Unicode
 * letters, marks, full-width '＃' and the "not after a URL or a letter" rules come from the source.
 */
public final class TagExtractor {
  private final Extractor extractor = new Extractor();

  public TagExtractor() {
    extractor.setExtractURLWithoutProtocol(true);
  }

  /** The tags of {@code text} in order of appearance (duplicates kept). */
  public List<ExtractedTag> extract(String text) {
    return extractor.extractHashtagsWithIndices(text).stream()
        .map(e -> new ExtractedTag(e.getValue(), e.getStart(), e.getEnd()))
        .toList();
  }
}
