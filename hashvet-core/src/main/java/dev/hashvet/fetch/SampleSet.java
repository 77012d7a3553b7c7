package dev.hashvet.fetch;

import dev.hashvet.context.Post;

import dev.hashvet.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a sample file holds: one sample per header, in file order. Posts before any header (a file
 * without a header) are "the file's one sample", whose {@link Sample#query()} is "": it serves
 * whatever single tag is checked. A sample recorded for a tag is the context of that tag only.
 *
 * @param samples the samples, in file order; at most one has the query ""
 * @param warnings the lines skipped, each naming the file and line
 */
public record SampleSet(List<Sample> samples, List<String> warnings) {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  public SampleSet {
    samples = List.copyOf(samples);
    warnings = List.copyOf(warnings);
  }

  /** A set of one sample (as recorded for one query, or for every query when its query is ""). */
  public static SampleSet of(Sample sample) {
    return new SampleSet(List.of(sample), sample.warnings());
  }

  /**
   * The sample for {@code query}: the one whose header names its tag (or, for a post without
   * tags, its words), else the file's headerless sample; empty when the file has neither. A post
   * without tags has no tag whose posts could be mistaken for another's: when the file holds one
   * sample, that recorded conversation is its context (what the market is talking about now).
   */
  public Optional<Sample> forQuery(Query query) {
    String key = key(query.tag().isEmpty() ? query.label() : query.tag());
    Sample headerless = null;
    for (Sample s : samples) {
      if (s.query().isBlank()) {
        headerless = s;
      } else if (key(s.query()).equals(key)) {
        return Optional.of(s);
      }
    }
    if (headerless == null && query.tag().isEmpty() && samples.size() == 1) {
      return Optional.of(samples.get(0));
    }
    return Optional.ofNullable(headerless);
  }

  /** Every post of every sample, in file order (for tests and counts). */
  public List<Post> posts() {
    List<Post> out = new ArrayList<>();
    samples.forEach(s -> out.addAll(s.posts()));
    return out;
  }

  /** A header's query as a lookup key: folded (NFKC, case), without the leading '#'s. */
  static String key(String query) {
    String k = NORMALIZER.fold(query.strip());
    while (k.startsWith("#")) {
      k = k.substring(1);
    }
    return k.strip();
  }
}
