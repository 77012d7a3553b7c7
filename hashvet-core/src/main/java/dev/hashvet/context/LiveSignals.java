package dev.hashvet.context;

import java.time.LocalDate;
import java.util.List;

/**
 * What the live sources say about the tag beyond its posts.
 *
 * @param history daily uses of the tag, oldest first (may be empty)
 * @param trending sources where the tag is trending now (e.g. "mastodon.social")
 * @param headlines recent news headlines about the tag's words
 * @param events current events (e.g. Wikipedia's "In the news") that mention the tag's words
 */
public record LiveSignals(
    List<DailyUse> history, List<String> trending, List<Headline> headlines, List<Headline> events) {
  public static final LiveSignals NONE = new LiveSignals(List.of(), List.of(), List.of(), List.of());

  public LiveSignals {
    history = List.copyOf(history);
    trending = List.copyOf(trending);
    headlines = List.copyOf(headlines);
    events = List.copyOf(events);
  }

  /** Uses of a tag on one day. */
  public record DailyUse(LocalDate day, long uses, long accounts) {}

  /** A headline or event with its link and where it came from. */
  public record Headline(String title, String url, String source, String seenAt) {}
}
