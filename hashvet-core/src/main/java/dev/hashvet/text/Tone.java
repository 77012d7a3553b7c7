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

  /**
   * The one definition of "mostly distress" that rules and reports share: at least half of a
   * group of posts' weight is grief, anger or fear.
   *
   * @param distress the weight of the group's distressed posts
   * @param total the weight of the whole group
   */
  public static boolean mostlyDistress(double distress, double total) {
    return total > 0 && distress >= total / 2;
  }
}
