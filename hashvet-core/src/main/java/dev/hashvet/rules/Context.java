package dev.hashvet.rules;

import dev.hashvet.context.LiveSignals;
import java.util.List;

/**
 * The live or recorded context of a submission: sampled posts and live signals.
 *
 * @param present false when no context was used (offline), so context rules stay silent
 * @param posts the sampled posts, near-duplicates collapsed
 * @param signals usage history, trends, headlines and events
 */
public record Context(boolean present, List<ContextPost> posts, LiveSignals signals) {
  public static final Context NONE = new Context(false, List.of(), LiveSignals.NONE);

  public Context {
    posts = List.copyOf(posts);
  }
}
