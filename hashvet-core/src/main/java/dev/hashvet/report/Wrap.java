package dev.hashvet.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-wraps text to a number of terminal columns, with a hanging indent. Widths are counted in
 * columns ({@link Columns}): colour codes take none and wide characters two. Spaces between words
 * are kept as written (two spaces stay two) except at a break. A word longer than a line (a URL) is
 * split across lines rather than spilling past the edge, in time linear in its length.
 */
public final class Wrap {
  private static final Pattern WORD = Pattern.compile("( *)([^ ]+)");

  private Wrap() {}

  /**
   * {@code text} broken into lines of at most {@code width} columns, each prefixed by {@code
   * indent}.
   */
  public static List<String> lines(String text, int width, String indent) {
    int room = Math.max(20, width - Columns.width(indent));
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    Matcher m = WORD.matcher(text.strip());
    while (m.find()) {
      String gap = m.group(1);
      String word = m.group(2);
      int w = Columns.width(word);
      if (used > 0 && used + gap.length() + w > room) {
        out.add(indent + line);
        line.setLength(0);
        used = 0;
      }
      if (used > 0) {
        line.append(gap);
        used += gap.length();
      }
      int start = 0;
      while (used + w > room) {
        int cut = Columns.fit(word, start, room - used);
        String piece = word.substring(start, cut);
        line.append(piece);
        out.add(indent + line);
        line.setLength(0);
        used = 0;
        w -= Columns.width(piece);
        start = cut;
      }
      line.append(word, start, word.length());
      used += w;
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(indent + line);
    }
    return out;
  }

  /**
   * A label and its text in two columns: the label padded to {@code labelWidth}, the text wrapped
   * beside it; a label wider than its column puts the text on the next line.
   */
  public static List<String> columns(String label, int labelWidth, String text, int width) {
    List<String> out = new ArrayList<>();
    String pad = " ".repeat(labelWidth);
    List<String> body = lines(text, width - labelWidth, "");
    int first = 0;
    if (Columns.width(label) > labelWidth - 1) {
      out.add(label);
    } else {
      out.add(Columns.pad(label, labelWidth) + body.get(0));
      first = 1;
    }
    for (int i = first; i < body.size(); i++) {
      out.add(pad + body.get(i));
    }
    return out;
  }
}
