package dev.hashvet.kafka;

/**
 * The application's topics. Input: {@code scheduledPosts} (key post id, value a calendar row as
 * JSON) and {@code contextEvents} (key a tag, value a sample in the sample-file format). Output:
 * {@code verdicts}, {@code verdictChanges} and {@code deadLetters}. Between the two halves of the
 * topology: {@code postTags} (key a tag: which posts use it) and {@code revets} (key a post id: a
 * tag's context for that post); both must have as many partitions as the inputs.
 */
public record Topics(
    String scheduledPosts,
    String contextEvents,
    String verdicts,
    String verdictChanges,
    String deadLetters,
    String postTags,
    String revets) {
  public static final Topics DEFAULT = new Topics("scheduled-posts", "context-events", "verdicts",
      "verdict-changes", "hashvet-dead-letters", "hashvet-post-tags", "hashvet-revets");
}
