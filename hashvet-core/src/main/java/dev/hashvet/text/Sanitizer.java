package dev.hashvet.text;

import java.util.regex.Pattern;

/**
 * Makes untrusted text safe to print on a terminal: removes ANSI escape sequences (CSI colour and
 * cursor codes, OSC title and hyperlink codes, other ESC sequences), C0 and C1 control characters
 * other than newline and tab, and bidi controls that could reorder what a reader sees.
 *
 * <p>{@link #isControl} is the one control set every output format neutralises: the text, Markdown
 * and compact reports and error messages drop these characters ({@link #clean}); JSON and SARIF
 * write them as {@code \\uXXXX} escapes and JUnit XML as visible {@code \\uXXXX} text.
 */
public final class Sanitizer {
  private static final Pattern CSI = Pattern.compile("(\u001B\\[|\u009B)[0-?]*[ -/]*[@-~]");
  private static final Pattern OSC =
      Pattern.compile("(\u001B\\]|\u009D)[^\u0007\u001B\u009C]*(\u0007|\u001B\\\\|\u009C)?");
  private static final Pattern OTHER_ESC = Pattern.compile("\u001B[@-Z\\\\-_]|\u001B.?");
  private static final Pattern DCS =
      Pattern.compile("(\u001BP|\u0090|\u001B_|\u009F|\u001B\\^|\u009E)[^\u001B\u009C]*(\u001B\\\\|\u009C)?");

  private Sanitizer() {}

  /** {@code s} without escape sequences and control characters; newlines and tabs kept. */
  public static String clean(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String t = OSC.matcher(s).replaceAll("");
    t = DCS.matcher(t).replaceAll("");
    t = CSI.matcher(t).replaceAll("");
    t = OTHER_ESC.matcher(t).replaceAll("");
    StringBuilder out = new StringBuilder(t.length());
    t.codePoints()
        .filter(cp -> cp == '\n' || cp == '\t' || !isControl(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** {@code s} cleaned and on one line (newlines and tabs become spaces). */
  public static String oneLine(String s) {
    return clean(s).replaceAll("[\\n\\t\\r]+", " ").strip();
  }

  /**
   * Whether {@code cp} is in the control set no output may carry raw: C0 controls (newline and tab
   * included: callers that keep them say so), DEL, C1 controls (U+0080-U+009F, so U+0085 and
   * U+009B too), the bidi marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
   * U+202A-U+202E, U+2066-U+2069), the line and paragraph separators U+2028 and U+2029, and the
   * non-characters U+FFFE and U+FFFF.
   */
  public static boolean isControl(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x2028
        || cp == 0x2029
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFFFE
        || cp == 0xFFFF;
  }
}
