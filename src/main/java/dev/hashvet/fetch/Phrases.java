package dev.hashvet.fetch;

import dev.hashvet.text.TextNormalizer;
import dev.hashvet.text.Token;
import dev.hashvet.text.Tokenizer;
import java.util.List;

/**
 * Whether a headline or story mentions what was asked: the query's words as a whole phrase of
 * folded words, or consecutive words that spell the tag run together ("Not Guilty" for
 * #notguilty, whatever the tag's segmentation). Never a raw substring ("scunthorpe" does not
 * mention a four-letter word).
 */
public final class Phrases {
  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();

  /** The folded words of {@code text}. */
  public List<String> words(String text) {
    return tokenizer.words(normalizer.fold(text)).stream().map(Token::word).toList();
  }

  /** True if {@code text} holds the query's words in order, or words that spell its tag. */
  public boolean mentions(String text, Query query) {
    List<String> words = words(text);
    List<String> wanted = query.words().stream().flatMap(w -> words(w).stream()).toList();
    if (!wanted.isEmpty() && contains(words, wanted)) {
      return true;
    }
    String tag = normalizer.fold(query.tag());
    return tag.length() >= 4 && joins(words, tag);
  }

  /** True if consecutive words spell {@code tag} run together ("not", "guilty": notguilty). */
  static boolean joins(List<String> words, String tag) {
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

  static boolean contains(List<String> words, List<String> phrase) {
    outer:
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      for (int k = 0; k < phrase.size(); k++) {
        if (!words.get(i + k).equals(phrase.get(k))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
