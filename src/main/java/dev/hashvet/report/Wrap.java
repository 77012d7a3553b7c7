package dev.hashvet.report;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps plain text to a width, with a hanging indent. */
final class Wrap {
  private Wrap() {}

  /** {@code text} broken into lines of at most {@code width} columns, each prefixed by {@code indent}. */
  static List<String> lines(String text, int width, String indent) {
    int room = Math.max(20, width - indent.length());
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      while (word.length() > room) {
        if (line.length() > 0) {
          out.add(indent + line);
          line.setLength(0);
        }
        out.add(indent + word.substring(0, room));
        word = word.substring(room);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > room) {
        out.add(indent + line);
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(indent + line);
    }
    return out;
  }
}
