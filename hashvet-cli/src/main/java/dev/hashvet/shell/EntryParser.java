package dev.hashvet.shell;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Splits an entry into words on white space (no quoting: a post is text, not a command line) and
 * asks for another line when the entry ends with a backslash, so that a post can span lines.
 */
final class EntryParser implements Parser {
  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && continues(line)) {
      throw new EOFError(-1, -1, "the entry goes on", "\\");
    }
    List<String> words = new ArrayList<>();
    int wordIndex = -1;
    int wordCursor = 0;
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean space = i == line.length() || Character.isWhitespace(line.charAt(i));
      if (!space && start < 0) {
        start = i;
      }
      if (space && start >= 0) {
        if (cursor >= start && cursor <= i) {
          wordIndex = words.size();
          wordCursor = cursor - start;
        }
        words.add(line.substring(start, i));
        start = -1;
      }
    }
    if (wordIndex < 0) {
      // The cursor is on white space: completion starts a new, empty word there.
      int before = 0;
      for (int i = 0; i < cursor && i < line.length(); i++) {
        boolean space = Character.isWhitespace(line.charAt(i));
        if (!space && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
          before++;
        }
      }
      words.add(before, "");
      wordIndex = before;
      wordCursor = 0;
    }
    return new Line(line, cursor, words, wordIndex, wordCursor);
  }

  /** True when {@code line} ends with an odd number of backslashes. */
  static boolean continues(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  private record Line(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
      implements CompletingParsedLine {
    Line {
      words = List.copyOf(words);
    }

    @Override
    public String word() {
      return words.get(wordIndex);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return wordCursor;
    }

    @Override
    public int rawWordLength() {
      return word().length();
    }
  }
}
