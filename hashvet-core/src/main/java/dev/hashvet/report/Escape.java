package dev.hashvet.report;

import dev.hashvet.text.Sanitizer;

/**
 * Escaping for the machine formats, whatever a post holds ({@code <script>}, {@code ]]>}, pipes,
 * backticks, control characters, emoji). JSON needs none of this: Jackson escapes it.
 */
final class Escape {
  private Escape() {}

  /**
   * Text for an XML 1.0 element or attribute: markup characters as entities, line breaks and tabs
   * as character references (so attributes keep them), and the characters XML 1.0 cannot hold at
   * all (other C0 controls, lone surrogates, U+FFFE, U+FFFF) written as visible {@code \\uXXXX}.
   */
  static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Plain text for a Markdown table cell (GitHub flavour): on one line, cleaned of control and
   * escape sequences, ASCII punctuation that Markdown reads backslash-escaped, HTML characters as
   * entities, and '@' kept from pinging anyone.
   */
  static String md(String s) {
    String t = Sanitizer.oneLine(s);
    StringBuilder out = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("@&#8203;");
        case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '!', '|', '~', '$',
            '"', ':' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code s} as an inline code span for a Markdown table cell: on one line, cleaned, fenced with
   * more backticks than it holds, pipes escaped (GitHub splits cells on them even inside code).
   */
  static String mdCode(String s) {
    String t = Sanitizer.oneLine(s).replace("|", "\\|");
    if (t.isEmpty()) {
      return "";
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
    return fence + pad + t + pad + fence;
  }

  /** {@code s} cut to at most {@code max} characters with "…", never inside a surrogate pair. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(s.charAt(end)) && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    } else if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }
}
