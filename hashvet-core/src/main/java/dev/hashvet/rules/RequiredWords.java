package dev.hashvet.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a regular expression cannot match without: the alternatives of a top-level group made only
 * of letters, digits and spaces. {@code \b(hurricane|typhoon|tropical storm)\s+\p{L}{3,}} needs
 * "hurricane", "typhoon" or "tropical storm" in the text, so a text holding none of them is passed
 * over without running the expression (with Unicode classes on, Java's engine takes microseconds
 * a text, and a calendar asks for every row).
 *
 * <p>The check is sound for the case-insensitive patterns of {@link PatternMatcher}: both sides are
 * compared in the form the regex engine compares characters in (upper case, then lower). An
 * expression this reading does not understand (a top-level '|', inline flags, quoting, an optional
 * group) has no required words, and always runs.
 */
final class RequiredWords {
  private final List<String> alternatives;

  private RequiredWords(List<String> alternatives) {
    this.alternatives = List.copyOf(alternatives);
  }

  /** The required words of {@code regex}, if it has any this reading finds. */
  static Optional<RequiredWords> of(String regex) {
    if (regex.contains("\\Q") || regex.contains("(?") && regex.replace("(?:", "").contains("(?")) {
      return Optional.empty();
    }
    List<String> found = null;
    int depth = 0;
    int groupStart = -1;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(regex, i);
        if (i < 0) {
          return Optional.empty();
        }
      } else if (c == '|' && depth == 0) {
        return Optional.empty();
      } else if (c == '(') {
        if (depth == 0) {
          groupStart = i;
        }
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          return Optional.empty();
        }
        if (depth == 0 && found == null && !optional(regex, i + 1)) {
          found = literals(regex.substring(groupStart + 1, i));
        }
      }
    }
    if (depth != 0 || found == null) {
      return Optional.empty();
    }
    List<String> canonical = new ArrayList<>();
    found.forEach(w -> canonical.add(canonical(w)));
    return Optional.of(new RequiredWords(canonical));
  }

  /** True when {@code text} holds one of the words (compared as the engine compares). */
  boolean anyIn(String text) {
    String t = canonical(text);
    for (String w : alternatives) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  List<String> alternatives() {
    return alternatives;
  }

  /** The alternatives of a group's body when each is letters, digits and spaces only, else null. */
  private static List<String> literals(String body) {
    String b = body.startsWith("?:") ? body.substring(2) : body;
    List<String> out = new ArrayList<>();
    for (String alt : b.split("\\|", -1)) {
      if (alt.isEmpty()) {
        return null;
      }
      for (int i = 0; i < alt.length(); i++) {
        char c = alt.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != ' ') {
          return null;
        }
      }
      out.add(alt);
    }
    return out;
  }

  /** True when what follows a group lets it match nothing: '?', '*' or a count. */
  private static boolean optional(String regex, int i) {
    if (i >= regex.length()) {
      return false;
    }
    char c = regex.charAt(i);
    return c == '?' || c == '*' || c == '{';
  }

  /** The index of the ']' closing the class opened at {@code open}, or -1. */
  private static int classEnd(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && i > open + 1 && !(i == open + 2 && regex.charAt(open + 1) == '^')) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Each code point as Java's case-insensitive Unicode matching compares it: upper case, then
   * lower case.
   */
  static String canonical(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      int c = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
          : Character.toLowerCase(Character.toUpperCase(cp));
      if (c != cp && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(c);
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }
}
