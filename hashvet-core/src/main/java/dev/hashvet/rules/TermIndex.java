package dev.hashvet.rules;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The index of one term list: its entries by first word (longest forms first under each word),
 * either built from the terms ({@link #of}) or read in place from an image ({@link IndexImage}).
 */
interface TermIndex {
  /** The entries whose form starts with {@code word}, longest first; null when none does. */
  List<TermList.Entry> entries(String word);

  /** How many first words the index holds. */
  int size();

  /** Gives the {@link String#hashCode} of every first word (what term-set filters are made of). */
  void forEachHash(IntConsumer hashes);

  /** The index of the entries in {@code byFirstWord}. */
  static TermIndex of(Map<String, List<TermList.Entry>> byFirstWord) {
    return new TermIndex() {
      @Override
      public List<TermList.Entry> entries(String word) {
        return byFirstWord.get(word);
      }

      @Override
      public int size() {
        return byFirstWord.size();
      }

      @Override
      public void forEachHash(IntConsumer hashes) {
        byFirstWord.keySet().forEach(k -> hashes.accept(k.hashCode()));
      }
    };
  }
}
