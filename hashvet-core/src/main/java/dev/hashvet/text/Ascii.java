package dev.hashvet.text;

/** Checks for plain ASCII text, which most posts are and which takes the fast paths. */
public final class Ascii {
  private Ascii() {}

  /** True when every character of {@code s} is ASCII (below U+0080). */
  public static boolean is(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
