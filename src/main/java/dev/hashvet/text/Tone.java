package dev.hashvet.text;

import java.util.Locale;

/** The emotional tone of a post, from the most to the least alarming. */
public enum Tone {
  GRIEF,
  ANGER,
  FEAR,
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Grief, anger and fear: a conversation a brand should not join lightly. */
  public boolean isDistress() {
    return this == GRIEF || this == ANGER || this == FEAR;
  }
}
