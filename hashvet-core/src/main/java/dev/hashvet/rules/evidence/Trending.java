package dev.hashvet.rules.evidence;

import java.util.List;

/**
 * The tag is trending.
 *
 * @param sources the sources that list it as trending
 */
public record Trending(List<String> sources) implements Evidence {
  public Trending {
    sources = List.copyOf(sources);
  }

  @Override
  public void write(Fields out) {
    out.strings("sources", sources);
  }
}
