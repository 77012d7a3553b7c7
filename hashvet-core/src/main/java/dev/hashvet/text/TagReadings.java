package dev.hashvet.text;

import java.util.List;

/**
 * The readings of one tag: the best first, then the plausible alternates (risky ones included).
 *
 * @param tag the tag as written, without '#'
 * @param folded the tag after normalisation (NFKC, case folding, look-alikes folded)
 * @param readings ranked readings, never empty; the first is the best
 */
public record TagReadings(String tag, String folded, List<Reading> readings) {
  public TagReadings {
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("a tag has at least one reading");
    }
    readings = List.copyOf(readings);
  }

  public Reading best() {
    return readings.get(0);
  }

  public List<Reading> risky() {
    return readings.stream().filter(Reading::isRisky).toList();
  }
}
