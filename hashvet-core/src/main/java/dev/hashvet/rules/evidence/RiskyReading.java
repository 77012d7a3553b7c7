package dev.hashvet.rules.evidence;

import java.util.List;

/**
 * A hashtag meant one way that also reads as risky words ({@code #penisland}): {@code "in":
 * "tag_reading"}.
 *
 * @param tag the tag without '#'
 * @param best the reading meant
 * @param riskyReading the risky reading
 * @param riskyWords its risky words
 * @param riskCategories their categories
 * @param cost how much less likely the risky reading is than the meant one (one decimal)
 */
public record RiskyReading(String tag, String best, String riskyReading, List<String> riskyWords,
    List<String> riskCategories, double cost) implements Evidence {
  public RiskyReading {
    riskyWords = List.copyOf(riskyWords);
    riskCategories = List.copyOf(riskCategories);
  }

  @Override
  public void write(Fields out) {
    out.string("in", "tag_reading");
    out.string("tag", tag);
    out.string("best", best);
    out.string("risky_reading", riskyReading);
    out.strings("risky_words", riskyWords);
    out.strings("risk_categories", riskCategories);
    out.decimal("cost", cost);
  }
}
