package dev.hashvet.fetch;

import dev.hashvet.text.TextNormalizer;
import dev.hashvet.text.Token;
import dev.hashvet.text.Tokenizer;
import dev.hashvet.text.WordRuns;
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
    return WordRuns.mentions(words, wanted, normalizer.fold(query.tag()));
  }
}
