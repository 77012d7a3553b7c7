package dev.hashvet.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised text into words with ICU's word break rules, so that languages written
 * without spaces (Japanese, Chinese, Thai) are split into dictionary words and no rule ever
 * matches a raw substring.
 */
public final class Tokenizer {
  /**
   * Building a word break iterator reads ICU's rules; cloning a built one is cheap. Term lists
   * tokenise thousands of terms at load, so each call clones this prototype.
   */
  private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.ROOT);

  /** The words (letters or digits) of {@code text}, punctuation and spaces dropped. */
  public List<Token> words(String text) {
    BreakIterator it = (BreakIterator) PROTOTYPE.clone();
    it.setText(text);
    List<Token> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
        out.add(new Token(text.substring(start, end), start, end));
      }
    }
    return out;
  }
}
