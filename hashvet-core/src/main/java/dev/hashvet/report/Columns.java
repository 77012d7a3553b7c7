package dev.hashvet.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.regex.Pattern;

/**
 * How many terminal columns text takes: the report's own colour codes take none, wide (CJK) and
 * emoji characters take two, combining marks and format characters take none. Wrapping counts
 * columns, not chars, so that nothing spills past the terminal's edge.
 */
public final class Columns {
  /** The SGR colour codes {@link Style} writes; everything else was sanitised before. */
  static final Pattern SGR = Pattern.compile("\u001B\\[[0-9;]*m");

  private Columns() {}

  /** The columns {@code s} takes on a terminal. */
  public static int width(String s) {
    String t = s.indexOf('\u001B') >= 0 ? SGR.matcher(s).replaceAll("") : s;
    int w = 0;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** The columns one code point takes: 0, 1 or 2. */
  public static int width(int cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      return 0;
    }
    if (cp < 0x300) {
      return 1;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (cp >= 0x1160 && cp <= 0x11FF)) {
      return 0;
    }
    int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    if (ea == UCharacter.EastAsianWidth.WIDE
        || ea == UCharacter.EastAsianWidth.FULLWIDTH
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
      return 2;
    }
    return 1;
  }

  /**
   * The longest start of {@code s} that fits in {@code cols} columns (at least one character, so
   * that a caller splitting a long word always advances), keeping colour codes whole.
   */
  static int fit(String s, int cols) {
    return fit(s, 0, cols);
  }

  /** Like {@link #fit(String, int)} for the part of {@code s} from {@code from}: an end index. */
  static int fit(String s, int from, int cols) {
    int w = 0;
    int i = from;
    while (i < s.length()) {
      if (s.charAt(i) == '\u001B') {
        var m = SGR.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
          i = m.end();
          continue;
        }
      }
      int cp = s.codePointAt(i);
      int cw = width(cp);
      if (w + cw > cols && i > from) {
        break;
      }
      w += cw;
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code s} cut to {@code cols} columns, with "…" when cut. */
  public static String shorten(String s, int cols) {
    if (width(s) <= cols) {
      return s;
    }
    return s.substring(0, fit(s, Math.max(1, cols - 1))) + "…";
  }

  /** {@code s} padded with spaces to {@code cols} columns. */
  public static String pad(String s, int cols) {
    int w = width(s);
    return w >= cols ? s : s + " ".repeat(cols - w);
  }
}
