package dev.hashvet.fetch;

import java.time.Instant;
import java.util.List;

/**
 * What to sample: one tag (or, for a post without tags, its key words).
 *
 * @param tag the folded tag without '#', or "" when the post has no tag
 * @param words the words to search for (the tag's best reading, or the post's key words)
 * @param now the time of the check (from the injected clock)
 */
public record Query(String tag, List<String> words, Instant now) {
  public Query {
    words = List.copyOf(words);
  }

  /** How the query reads in reports and sample headers: "#tag" or the words. */
  public String label() {
    return tag.isEmpty() ? String.join(" ", words) : "#" + tag;
  }
}
