package dev.hashvet.report;

import java.util.Optional;

/**
 * Where a row and its post text sit in the calendar file, so that machine reports can point at
 * the exact line and columns of a match.
 *
 * @param line the physical line where the row starts (1-based), or 0 when there is no file
 * @param textLine the line of the text value's first character, or 0 when unknown
 * @param textColumn the column (1-based, UTF-16 units) of the text value's first character, or 0
 *     when unknown (JSON and YAML strings may hold escapes, so only CSV knows it)
 * @param quoted true when the text is a quoted CSV field, where a quote is written twice
 */
public record Origin(int line, int textLine, int textColumn, boolean quoted) {
  /** Only the row's line is known. */
  public static Origin line(int line) {
    return new Origin(line, 0, 0, false);
  }

  /**
   * A span of a file.
   *
   * @param startLine first line (1-based)
   * @param startColumn first column (1-based)
   * @param endLine last line
   * @param endColumn the column after the span's last character
   */
  public record Region(int startLine, int startColumn, int endLine, int endColumn) {}

  /**
   * The file region of {@code text.substring(start, end)}, where {@code text} is the row's text
   * value exactly as read; empty when the text's position is not known.
   */
  public Optional<Region> region(String text, int start, int end) {
    if (textLine <= 0 || textColumn <= 0 || start < 0 || end > text.length() || start >= end) {
      return Optional.empty();
    }
    int l = textLine;
    int c = textColumn;
    int startLine = 0;
    int startColumn = 0;
    for (int i = 0; i <= end; i++) {
      if (i == start) {
        startLine = l;
        startColumn = c;
      }
      if (i == end) {
        return Optional.of(new Region(startLine, startColumn, l, c));
      }
      char ch = text.charAt(i);
      if (ch == '\n') {
        l++;
        c = 1;
      } else {
        c += quoted && ch == '"' ? 2 : 1;
      }
    }
    return Optional.empty();
  }
}
