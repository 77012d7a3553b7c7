package dev.hashvet.calendar;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An RFC 4180 record reader that knows where everything is: each record's physical start line and
 * each field's line and column, so that errors and reports can point into the file. Quoted fields
 * may hold delimiters, doubled quotes and line breaks; CRLF and lone CR read as LF.
 *
 * <p>A malformed record is returned as a {@link Bad} naming its line and the problem, and reading
 * goes on: after a stray quote the rest of that physical line is skipped; after a quote that is
 * never closed (or a record over {@link #MAX_RECORD} characters) reading resumes on the line after
 * the record's first line, so one typo cannot swallow the rest of the file.
 */
final class CsvParser {
  /** Longest record, in characters; longer means a runaway quote (a post is a few KB). */
  static final int MAX_RECORD = 1 << 20;

  private static final int EOF = -1;

  /** One field, with the line and column (1-based, UTF-16 units) of its first character. */
  record Field(String value, int line, int column, boolean quoted) {}

  /** What {@link #next} found. */
  sealed interface Result permits Record, Bad {
    int line();
  }

  /** A well-formed record starting on {@code line}. */
  record Record(int line, List<Field> fields) implements Result {
    Record {
      fields = List.copyOf(fields);
    }
  }

  /** A malformed record starting on {@code line}. */
  record Bad(int line, String message) implements Result {}

  private final Reader in;
  private final char[] buf = new char[16 * 1024];
  private int bufPos;
  private int bufLen;
  private String pending = "";
  private int pendingPos;
  private int peeked = -2;
  private char delimiter = ',';
  private Predicate<String> looksLikeRow;

  private int line = 1;
  private int column = 1;
  private final StringBuilder raw = new StringBuilder();
  private int recordLine;

  CsvParser(Reader in) {
    this.in = in;
  }

  /**
   * Looks at the first line to choose the delimiter: a comma, or a tab or semicolon when the line
   * has no comma (spreadsheets in some locales save with ';'). Returns the chosen delimiter.
   */
  char sniffDelimiter() throws IOException {
    StringBuilder first = new StringBuilder();
    int c;
    while ((c = rawRead()) != EOF) {
      first.append((char) c);
      if (c == '\n' || first.length() > 64 * 1024) {
        break;
      }
    }
    String s = first.toString();
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    pushBack(s);
    if (s.indexOf(',') < 0) {
      if (s.indexOf('\t') >= 0) {
        delimiter = '\t';
      } else if (s.indexOf(';') >= 0) {
        delimiter = ';';
      }
    }
    return delimiter;
  }

  /** The next record, or null at the end of the input. Blank lines are skipped. */
  Result next() throws IOException {
    while (true) {
      if (peek() == EOF) {
        return null;
      }
      if (peek() == '\n') {
        read();
        continue;
      }
      return record();
    }
  }

  private Result record() throws IOException {
    raw.setLength(0);
    recordLine = line;
    List<Field> fields = new ArrayList<>();
    while (true) {
      Bad bad = field(fields);
      if (bad != null) {
        return bad;
      }
      int end = read();
      if (end == EOF || end == '\n') {
        int inner = rowInside(fields);
        if (inner > 0) {
          return resync("a quoted field opened on line " + recordLine + " closes only on line "
              + (end == EOF ? line : line - 1) + ", and line " + inner + " inside it reads as a"
              + " row of its own; is a closing quote missing?");
        }
        return new Record(recordLine, fields);
      }
      // end == delimiter: another field follows (possibly empty, at the end of the line)
    }
  }

  /**
   * Tells the parser what a row looks like, so that a quote left open over whole rows is caught:
   * a quoted field with a line inside it that {@code looksLikeRow} accepts is a runaway quote.
   */
  void rowShape(Predicate<String> looksLikeRow) {
    this.looksLikeRow = looksLikeRow;
  }

  /** The line of the first whole line inside a quoted field that reads as a row, or 0. */
  private int rowInside(List<Field> fields) {
    if (looksLikeRow == null) {
      return 0;
    }
    for (Field f : fields) {
      if (!f.quoted() || f.value().indexOf('\n') < 0) {
        continue;
      }
      String[] lines = f.value().split("\n", -1);
      for (int i = 1; i < lines.length - 1; i++) {
        if (looksLikeRow.test(lines[i])) {
          return f.line() + i;
        }
      }
    }
    return 0;
  }

  /** The delimiter in use. */
  char delimiter() {
    return delimiter;
  }

  /** Reads one field into {@code fields}; returns the problem, or null when it is well formed. */
  private Bad field(List<Field> fields) throws IOException {
    int fieldLine = line;
    int fieldColumn = column;
    StringBuilder value = new StringBuilder();
    while (peek() == ' ' && delimiter != ' ') {
      value.append((char) read());
    }
    boolean quoted = peek() == '"';
    Bad bad;
    if (quoted) {
      // Spaces before an opening quote are layout, not content (a common hand-written style).
      value.setLength(0);
      fieldLine = line;
      fieldColumn = column + 1;
      read();
      bad = quoted(value, fieldLine, fieldColumn);
    } else {
      bad = unquoted(value);
    }
    if (bad == null) {
      fields.add(new Field(value.toString(), fieldLine, fieldColumn, quoted));
    }
    return bad;
  }

  private Bad quoted(StringBuilder value, int fieldLine, int fieldColumn) throws IOException {
    while (true) {
      int c = read();
      if (c == EOF) {
        return resync("a quoted field opened at line " + fieldLine + ", column "
            + (fieldColumn - 1) + " is never closed");
      }
      if (c == '"') {
        if (peek() != '"') {
          break;
        }
        read();
      } else if (raw.length() > MAX_RECORD) {
        return resync("the record is over " + MAX_RECORD / 1024 + " KB; is the quote opened at"
            + " line " + fieldLine + ", column " + (fieldColumn - 1) + " closed?");
      }
      value.append((char) c);
    }
    while (peek() == ' ' && delimiter != ' ') {
      read();
    }
    int after = peek();
    if (after != delimiter && after != '\n' && after != EOF) {
      return skipLine(at() + "text after the closing quote of a field; a quote inside a quoted"
          + " field must be doubled (\"\")");
    }
    return null;
  }

  private Bad unquoted(StringBuilder value) throws IOException {
    while (true) {
      int c = peek();
      if (c == EOF || c == delimiter || c == '\n') {
        return null;
      }
      if (c == '"') {
        return skipLine(at() + "a quote inside an unquoted field; quote the whole field and"
            + " double the quote (\"\")");
      }
      value.append((char) read());
      if (raw.length() > MAX_RECORD) {
        return skipLine("the line is over " + MAX_RECORD / 1024 + " KB");
      }
    }
  }

  /**
   * Reports a runaway quote and resumes on the line after the record's first line: what was read
   * after that line is read again (at most {@link #MAX_RECORD} characters are held for this).
   */
  private Bad resync(String message) throws IOException {
    int nl = raw.indexOf("\n");
    if (nl < 0) {
      // Still on the record's first line: the rest of that line goes with the bad record.
      return skipLine(message);
    }
    pushBack(raw.substring(nl + 1));
    line = recordLine + 1;
    column = 1;
    return new Bad(recordLine, message);
  }

  /** "column 12: " on the record's first line, else "line 8, column 12: ". */
  private String at() {
    return (line == recordLine ? "" : "line " + line + ", ") + "column " + column + ": ";
  }

  /** Skips the rest of the physical line and reports {@code message} for the record. */
  private Bad skipLine(String message) throws IOException {
    int c;
    do {
      c = read();
    } while (c != EOF && c != '\n');
    return new Bad(recordLine, message);
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = normalised();
    }
    return peeked;
  }

  /** The next character, counting lines and columns and keeping it in the record's raw text. */
  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    if (c == EOF) {
      return EOF;
    }
    if (raw.length() <= MAX_RECORD) {
      raw.append((char) c);
    }
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return c;
  }

  /** The next character with CRLF and CR turned into LF. */
  private int normalised() throws IOException {
    int c = rawRead();
    if (c == '\r') {
      int d = rawRead();
      if (d != '\n' && d != EOF) {
        unread(d);
      }
      return '\n';
    }
    return c;
  }

  private int rawRead() throws IOException {
    if (pendingPos < pending.length()) {
      return pending.charAt(pendingPos++);
    }
    if (bufPos == bufLen) {
      bufLen = in.read(buf, 0, buf.length);
      bufPos = 0;
      if (bufLen <= 0) {
        bufLen = 0;
        return EOF;
      }
    }
    return buf[bufPos++];
  }

  private void unread(int c) {
    pushBack(String.valueOf((char) c));
  }

  private void pushBack(String s) {
    if (peeked >= 0) {
      // A character already taken from the input but not yet consumed goes back after s.
      s = s + (char) peeked;
    }
    peeked = -2;
    if (s.isEmpty()) {
      return;
    }
    pending = s + pending.substring(pendingPos);
    pendingPos = 0;
  }
}
