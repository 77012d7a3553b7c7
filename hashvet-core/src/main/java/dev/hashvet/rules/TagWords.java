package dev.hashvet.rules;

import dev.hashvet.text.TagReadings;
import dev.hashvet.text.Token;
import dev.hashvet.text.Tokenizer;
import java.util.List;

/**
 * The ways term lists read one tag, with their lookup keys: the words of its best reading, the
 * whole tag as one word (for a phrase run together, "#niunamenos"), and for a tag in a script
 * written without spaces (#天安门事件, #地震速報) the words ICU's dictionary word breaks give, the
 * way running text is split (empty for a tag of ASCII letters, digits and '_', always one ICU
 * word).
 */
record TagWords(TagReadings tag, KeyedWords best, KeyedWords whole, KeyedWords icu) {
  private static final Tokenizer TOKENIZER = new Tokenizer();

  static TagWords of(TagReadings tag) {
    KeyedWords best = KeyedWords.of(tag.best().words());
    KeyedWords whole = best.size() == 1 && best.words().get(0).equals(tag.folded()) ? best
        : KeyedWords.of(List.of(tag.folded()));
    KeyedWords icu = KeyedWords.of(List.of());
    if (!isAsciiWord(tag.folded())) {
      List<String> words = TOKENIZER.words(tag.folded()).stream().map(Token::word).toList();
      if (words.size() > 1) {
        icu = KeyedWords.of(words);
      }
    }
    return new TagWords(tag, best, whole, icu);
  }

  private static boolean isAsciiWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
