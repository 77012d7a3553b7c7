package dev.hashvet.report;

import dev.hashvet.text.Sanitizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for the machine formats, whatever a post holds ({@code <script>}, {@code ]]>}, pipes,
 * backticks, control characters, emoji). JSON is escaped by Jackson, with {@link JsonEscapes} for
 * the control set.
 */
final class Escape {
  private Escape() {}

  /**
   * Text for an XML 1.0 element or attribute: markup characters as entities, line breaks and tabs
   * as character references (so attributes keep them), and the rest of the control set ({@link
   * Sanitizer#isControl}: what XML 1.0 cannot hold, C1 and bidi controls) and lone surrogates
   * written as visible {@code \\uXXXX}.
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
          } else if (Sanitizer.isControl(c) || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** An entity or character reference, which Markdown would turn into its character. */
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}"
      + "|[A-Za-z][A-Za-z0-9]{1,31});");

  /** What makes a line a heading, a quote, a list item or a thematic break. */
  private static final Pattern BLOCK_START = Pattern.compile("^( {0,3})(#{1,6}(?=[ \t]|$)|>"
      + "|[-+*](?=[ \t]|$)|[-*_](?=(?:[ \t]*[-*_]){2})|[0-9]{1,9}(?=[.)](?:[ \t]|$)))");

  /**
   * Plain text for Markdown (GitHub flavour) on one line, in a table cell, a list item or a quote:
   * cleaned of control and escape sequences, with only what Markdown would read as markup escaped,
   * so "2027-09-11 08:46" stays as it is. At the start: a heading, quote, list or break marker
   * ("# ", "&gt;", "- ", "+ ", "* ", "---", "1. ", "1) "), never a hashtag. Anywhere: {@code |}
   * (a cell boundary), a backtick, a backslash before punctuation, {@code * _ ~} that could open
   * or close emphasis or strikethrough (when there are two; not one alone between spaces, nor '_'
   * inside a word), {@code [ ]} when both are there (a link), {@code $} when two are (math),
   * {@code <} before what could be a tag or an autolink and {@code &} of an entity (as entities),
   * and '@' before a name kept from pinging anyone.
   */
  static String md(String s) {
    String t = Sanitizer.oneLine(s);
    boolean link = t.indexOf('[') >= 0 && t.lastIndexOf(']') > t.indexOf('[');
    boolean math = twice(t, '$');
    boolean stars = twice(t, '*');
    boolean unders = twice(t, '_');
    boolean tildes = twice(t, '~');
    StringBuilder out = new StringBuilder(t.length() + 16);
    Matcher block = BLOCK_START.matcher(t);
    int from = 0;
    if (block.find()) {
      String marker = block.group(2);
      out.append(block.group(1));
      if (Character.isDigit(marker.charAt(0))) {
        out.append(marker).append('\\');
      } else {
        out.append('\\').append(marker);
      }
      from = block.end();
    }
    for (int i = from; i < t.length(); i++) {
      char c = t.charAt(i);
      char prev = i > 0 ? t.charAt(i - 1) : ' ';
      char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
      switch (c) {
        case '|', '`' -> out.append('\\').append(c);
        case '\\' -> out.append(isAsciiPunctuation(next) ? "\\\\" : "\\");
        case '*' -> out.append(stars && !alone(prev, next) ? "\\" : "").append(c);
        case '~' -> out.append(tildes && !alone(prev, next) ? "\\" : "").append(c);
        case '_' -> out.append(unders && !alone(prev, next)
            && !(Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) ? "\\" : "")
            .append(c);
        case '[', ']' -> out.append(link ? "\\" : "").append(c);
        case '$' -> out.append(math ? "\\" : "").append(c);
        case '<' -> out.append(Character.isLetter(next) || "/!?".indexOf(next) >= 0 ? "&lt;"
            : "<");
        case '&' -> out.append(ENTITY.matcher(t).region(i, t.length()).lookingAt() ? "&amp;"
            : "&");
        case '@' -> out.append(Character.isLetterOrDigit(next) ? "@&#8203;" : "@");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** True when {@code c} is in {@code t} more than once (a pair could open and close markup). */
  private static boolean twice(String t, char c) {
    return t.indexOf(c) >= 0 && t.indexOf(c) != t.lastIndexOf(c);
  }

  /** A delimiter between spaces (or the ends) neither opens nor closes anything. */
  private static boolean alone(char prev, char next) {
    return Character.isWhitespace(prev) && Character.isWhitespace(next);
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
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
