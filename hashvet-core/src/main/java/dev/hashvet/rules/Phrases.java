package dev.hashvet.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words and phrases with their inflected forms, indexed by first word for whole-word lookups at a
 * place in a text: the cues of a term's senses and a language's idioms. Its forms are worked out
 * on first use, like a term list's.
 */
final class Phrases {
  static final Phrases NONE = new Phrases(List.of());

  private final List<TermList.Term> terms;
  private volatile Map<String, List<List<String>>> index;
  private volatile int longest;

  Phrases(List<TermList.Term> terms) {
    this.terms = List.copyOf(terms);
  }

  List<TermList.Term> terms() {
    return terms;
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** These phrases and {@code other}'s. */
  Phrases plus(Phrases other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<TermList.Term> all = new ArrayList<>(terms);
    all.addAll(other.terms);
    return new Phrases(all);
  }

  /** The most words any form has. */
  int longest() {
    index();
    return longest;
  }

  /** The number of words of the longest form that starts at {@code i}, or 0. */
  int lengthAt(KeyedWords words, int i) {
    if (isEmpty()) {
      return 0;
    }
    Map<String, List<List<String>>> byFirst = index();
    for (String key : words.keysAt(i)) {
      List<List<String>> forms = byFirst.get(key);
      if (forms == null) {
        continue;
      }
      for (List<String> form : forms) {
        if (TermSet.matchesAt(words, i, form)) {
          return form.size();
        }
      }
    }
    return 0;
  }

  /**
   * The first phrase found within {@code window} words either side of words {@code from} to
   * {@code to} (not inside them) and in the same sentence, as the text says it; "" when none.
   */
  String near(KeyedWords words, int from, int to, int window) {
    if (isEmpty()) {
      return "";
    }
    int sentence = words.sentenceAt(from);
    int lo = Math.max(0, from - window);
    int hi = Math.min(words.size(), to + window);
    for (int i = lo; i < hi; i++) {
      if (i >= from && i < to) {
        continue;
      }
      if (words.sentenceAt(i) != sentence) {
        continue;
      }
      int n = lengthAt(words, i);
      if (n > 0 && (i + n <= from || i >= to)) {
        return String.join(" ", words.words().subList(i, i + n));
      }
    }
    return "";
  }

  /** Whether one form lies over all of words {@code from} to {@code to}. */
  boolean covers(KeyedWords words, int from, int to) {
    if (isEmpty()) {
      return false;
    }
    for (int i = Math.max(0, to - longest()); i <= from; i++) {
      if (i + lengthAt(words, i) >= to) {
        return true;
      }
    }
    return false;
  }

  private Map<String, List<List<String>>> index() {
    Map<String, List<List<String>>> m = index;
    if (m == null) {
      m = new HashMap<>();
      int max = 0;
      for (TermList.Term t : terms) {
        for (List<String> form : t.forms()) {
          m.computeIfAbsent(form.get(0), k -> new ArrayList<>(2)).add(form);
          max = Math.max(max, form.size());
        }
      }
      m.values().forEach(l -> l.sort(Comparator.comparingInt(f -> -f.size())));
      longest = max;
      index = m;
    }
    return m;
  }
}
