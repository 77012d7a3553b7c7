package dev.hashvet.text;

import java.util.List;

/**
 * Whole-word tests over a text's folded words: whether it holds a phrase, or words that spell a
 * run-together tag ("not", "guilty" for #notguilty). Never raw substrings: "scunthorpe" holds no
 * four-letter word. Shared by the live sources (does a story mention the query?) and the rules
 * (does a headline mention the tag?).
 */
public final class WordRuns {
  private WordRuns() {}

  /** True if {@code phrase} (non-empty) stands in {@code words} as consecutive words. */
  public static boolean contains(List<String> words, List<String> phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** The fewest letters a tag needs before words that spell it count as a mention. */
  public static final int MIN_TAG_LETTERS = 4;

  /**
   * Whether {@code words} mention a tag: its phrase as consecutive words, or consecutive words
   * that spell the folded tag run together (a tag of {@link #MIN_TAG_LETTERS} letters or more).
   * The one definition of "a text mentions a tag", for the live sources and the rules.
   */
  public static boolean mentions(List<String> words, List<String> phrase, String foldedTag) {
    return contains(words, phrase)
        || foldedTag.length() >= MIN_TAG_LETTERS && spells(words, foldedTag);
  }

  /** True if consecutive words of {@code words} spell {@code tag} run together. */
  public static boolean spells(List<String> words, String tag) {
    for (int i = 0; i < words.size(); i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = i; j < words.size() && sb.length() < tag.length(); j++) {
        sb.append(words.get(j));
        if (sb.length() == tag.length() && sb.toString().equals(tag)) {
          return true;
        }
      }
    }
    return false;
  }
}
