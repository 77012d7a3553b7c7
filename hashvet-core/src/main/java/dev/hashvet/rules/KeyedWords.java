package dev.hashvet.rules;

import dev.hashvet.text.Ascii;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A sequence of folded words with the keys each word is looked up by in a {@link TermSet}: the
 * word itself and, for a possessive, an elided article, a number, a Turkish dotted "i" or Han
 * characters, the other ways a term list writes it. Worked out once per text and shared by every
 * rule that reads the text (a calendar row meets a hundred rules). The words and keys do not
 * change; what each term set found in them is remembered here ({@link #found}, under a lock), so
 * the memo lives and dies with the text.
 */
public final class KeyedWords {
  private static final KeyedWords EMPTY = new KeyedWords(List.of(), null);

  private final List<String> words;
  private final List<List<String>> keys;

  /** The sentence of each word (0, 1, ...), or null when the words are one sentence. */
  private final int[] sentences;

  /** The hash of every key, spread ({@link #mix}), word by word: what term-set filters test. */
  private final long[][] mixes;

  /**
   * What each term set found in these words, by the set's lookup: rules that name the same lists
   * (forty name "promotional") share one set, so a text is searched once per set, not per rule.
   */
  private Map<Object, List<TermSet.Hit>> found;

  private KeyedWords(List<String> words, int[] sentences) {
    this.words = List.copyOf(words);
    this.sentences = sentences;
    List<List<String>> k = new ArrayList<>(words.size());
    long[][] m = new long[this.words.size()][];
    for (String w : this.words) {
      List<String> ks = keys(w);
      long[] mixed = new long[ks.size()];
      for (int j = 0; j < mixed.length; j++) {
        mixed[j] = mix(ks.get(j));
      }
      m[k.size()] = mixed;
      k.add(ks);
    }
    this.keys = k;
    this.mixes = m;
  }

  public static KeyedWords of(List<String> words) {
    return words.isEmpty() ? EMPTY : new KeyedWords(words, null);
  }

  /**
   * Words in sentences: {@code sentences[i]} numbers the sentence of word {@code i} (never
   * decreasing). Sense cues and the scope of combinations do not reach past a sentence end.
   */
  static KeyedWords of(List<String> words, int[] sentences) {
    if (words.isEmpty()) {
      return EMPTY;
    }
    if (sentences.length != words.size()) {
      throw new IllegalArgumentException("one sentence number a word");
    }
    boolean one = sentences[sentences.length - 1] == sentences[0];
    return new KeyedWords(words, one ? null : sentences.clone());
  }

  /** The sentence of the word at {@code i}; words of one sentence all give 0. */
  int sentenceAt(int i) {
    return sentences == null ? 0 : sentences[i];
  }

  public List<String> words() {
    return words;
  }

  public int size() {
    return words.size();
  }

  /** The hits {@code find} gives for {@code key}, found once. */
  synchronized List<TermSet.Hit> found(Object key, Supplier<List<TermSet.Hit>> find) {
    if (found == null) {
      found = new HashMap<>();
    }
    List<TermSet.Hit> hits = found.get(key);
    if (hits == null) {
      hits = Collections.unmodifiableList(find.get());
      found.put(key, hits);
    }
    return hits;
  }

  /** The spread hashes of the keys of the word at {@code i}, in key order (not to be changed). */
  long[] mixesAt(int i) {
    return mixes[i];
  }

  /** A key's hash spread over 64 bits (Fibonacci hashing). */
  static long mix(String key) {
    return mix(key.hashCode());
  }

  /** {@link #mix(String)} of a key whose {@link String#hashCode} is {@code hash}. */
  static long mix(int hash) {
    return hash * 0x9E3779B97F4A7C15L;
  }

  /** The keys of the word at {@code i}, the word itself first. */
  List<String> keysAt(int i) {
    return keys.get(i);
  }

  /**
   * A word and, for a possessive, the word without "'s"; a number also as {@link TermList#NUMBER};
   * a word with the combining dot that case folding leaves from Turkish "İ" also without it; a
   * word with Han characters also in Simplified Chinese; a Greek word also without accents and a
   * Romanian one with cedillas also with commas ({@link Inflector#plainKey}).
   */
  static List<String> keys(String word) {
    // Plain ASCII words (most words) hold no combining dot and no Han character.
    if (!Ascii.is(word)) {
      if (word.indexOf('\u0307') >= 0) {
        return List.of(word, word.replace("\u0307", ""));
      }
      String simplified = Inflector.simplifiedKey(word);
      if (!simplified.equals(word)) {
        return List.of(word, simplified);
      }
      String plain = Inflector.plainKey(word);
      if (!plain.equals(word)) {
        return List.of(word, plain);
      }
    }
    if (isDigits(word)) {
      return List.of(word, TermList.NUMBER);
    }
    int apostrophe = word.indexOf('\'');
    if (apostrophe < 0) {
      return List.of(word);
    }
    // ICU keeps "l'ouragan", "dell'attentato", "Soma'da" and "victim's" as one word: the word is
    // also looked up without its elided article (French, Italian), without its case ending after
    // a name (Turkish) or possessive (English), and with the apostrophe dropped.
    List<String> out = new ArrayList<>();
    out.add(word);
    String head = word.substring(0, apostrophe);
    String tail = word.substring(apostrophe + 1);
    if (word.indexOf('\'', apostrophe + 1) < 0) {
      if (!tail.isEmpty() && ELIDED.contains(head)) {
        out.add(tail);
      }
      if (!head.isEmpty() && tail.length() <= 5) {
        out.add(head);
      }
      if (!head.isEmpty() && !tail.isEmpty()) {
        out.add(head + tail);
      }
    } else if (word.endsWith("'")) {
      out.add(word.substring(0, word.length() - 1));
    }
    return List.copyOf(out);
  }

  /**
   * Non-empty, starting and ending with a digit (as {@link Character#isDigit(char)} says), with
   * only digits between but for single group or decimal marks ("5,000", "9.99", "1'000"): the
   * numbers ICU keeps as one word.
   */
  private static boolean isDigits(String word) {
    int n = word.length();
    if (n == 0 || !Character.isDigit(word.charAt(0)) || !Character.isDigit(word.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = word.charAt(i);
      if (!Character.isDigit(c) && !(isMark(c) && Character.isDigit(word.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMark(char c) {
    return c == ',' || c == '.' || c == '\'';
  }

  /** Elided articles and pronouns that French and Italian write before an apostrophe. */
  private static final Set<String> ELIDED = Set.of("l", "d", "j", "n", "s", "c", "m", "t", "qu",
      "lorsqu", "puisqu", "jusqu", "quelqu", "un", "dell", "all", "dall", "nell", "sull", "coll",
      "quell", "quest", "tutt", "gl");
}
