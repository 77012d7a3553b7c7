package dev.hashvet.text;

/**
 * Something in a tag or text that hides what it says from a reader or a filter.
 *
 * @param kind what was found
 * @param where the tag (without '#') or "text"
 * @param detail plain words on what was found, e.g. "U+200B ZERO WIDTH SPACE at 3"
 * @param revealed what the text reads as once the trick is undone (the skeleton or stripped form)
 */
public record EvasionSignal(Kind kind, String where, String detail, String revealed) {
  /** The kinds of hiding hashvet reports. */
  public enum Kind {
    ZERO_WIDTH,
    BIDI_CONTROL,
    MIXED_SCRIPT,
    LOOKALIKE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
