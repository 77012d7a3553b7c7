package dev.hashvet.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The terms of one or more lists, indexed for whole-word matching over a sequence of folded words.
 * A term matches only as whole words ("scunthorpe" never contains a match for a four-letter word),
 * and a word with a possessive "'s" also matches without it.
 */
public final class TermSet {
  private final List<TermList> lists;

  /** The idioms of each language (hits inside one are no hits). */
  private final Function<String, Phrases> idioms;

  /** Lists by language, in list order. */
  private final Map<String, List<TermList>> byLang = new LinkedHashMap<>();

  /**
   * One match.
   *
   * @param term the term as written in its list
   * @param list the list's name
   * @param lang the list's language
   * @param from index of the first matched word
   * @param to index after the last matched word
   * @param sense the sense the words around it tell ({@link Sense#SPECIFIC} for an unambiguous
   *     term)
   * @param cue the word or phrase that told the sense, or ""
   */
  public record Hit(String term, String list, String lang, int from, int to, Sense sense,
      String cue) {}

  /**
   * Whether more than one rule uses this set: then what it finds in a text is remembered by the
   * text for the next rule (see {@link KeyedWords#found}); for a set of one rule that costs more
   * than it saves.
   */
  private volatile boolean shared;

  /** Marks this set as used by more than one rule. */
  void share() {
    shared = true;
  }

  /** A set whose idioms are those its own lists declare. */
  public TermSet(Collection<TermList> lists) {
    this(lists, ownIdioms(lists));
  }

  /** A set whose idioms in each language are {@code idioms}' (every list's, in a rule book). */
  TermSet(Collection<TermList> lists, Function<String, Phrases> idioms) {
    this.lists = List.copyOf(lists);
    this.idioms = idioms;
    for (TermList list : lists) {
      byLang.computeIfAbsent(list.lang(), k -> new ArrayList<>()).add(list);
    }
  }

  private static Function<String, Phrases> ownIdioms(Collection<TermList> lists) {
    Map<String, Phrases> byLang = new HashMap<>();
    for (TermList l : lists) {
      byLang.merge(l.lang(), l.exclusions(), Phrases::plus);
    }
    return lang -> byLang.getOrDefault(lang, Phrases.NONE);
  }

  public List<TermList> lists() {
    return lists;
  }

  /** The languages of the lists in this set. */
  public Set<String> languages() {
    Set<String> out = new HashSet<>();
    lists.forEach(l -> out.add(l.lang()));
    return out;
  }

  /**
   * All non-overlapping matches in {@code words}, left to right. Lists in languages outside
   * {@code languages} are skipped (an empty set means every language).
   */
  public List<Hit> find(List<String> words, Set<String> languages) {
    return find(KeyedWords.of(words), languages);
  }

  /** As {@link #find(List, Set)}, for words whose keys are already worked out. */
  public List<Hit> find(KeyedWords words, Set<String> languages) {
    if (words.size() == 0) {
      return List.of();
    }
    Lookup lookup = lookup(languages);
    return shared ? words.found(lookup, () -> find(words, lookup)) : find(words, lookup);
  }

  /**
   * The longest term at each place, left to right; one inside an idiom of its language ("crash
   * course") is dropped, and so is an ambiguous one whose neighbours cue a harmless sense.
   */
  private List<Hit> find(KeyedWords words, Lookup lookup) {
    List<Hit> hits = new ArrayList<>(0);
    if (lookup.isEmpty()) {
      return hits;
    }
    int i = 0;
    while (i < words.size()) {
      TermList.Entry e = lookup.longestAt(words, i);
      if (e == null) {
        i++;
        continue;
      }
      int to = i + e.form().size();
      TermList list = e.list();
      if (!idioms.apply(list.lang()).covers(words, i, to)) {
        TermList.SenseFound sense = list.sense(e.term(), words, i, to);
        if (sense != null) {
          hits.add(new Hit(e.term().text(), list.name(), list.lang(), i, to, sense.sense(),
              sense.cue()));
        }
      }
      i = to;
    }
    return hits;
  }

  /** True if a term of the set occurs in {@code words} in its risky sense. */
  public boolean any(List<String> words, Set<String> languages) {
    return find(words, languages).stream().anyMatch(h -> h.sense() != Sense.UNCLEAR);
  }

  /**
   * The indexes of the lists that apply to {@code languages}, in list order, with a filter of
   * their first words: worked out once per set of languages, not once per text (every rule
   * matches every word of every post).
   */
  private Lookup lookup(Set<String> languages) {
    Lookup last = this.last;
    // The lookup holds its own immutable copy of the languages, so a caller's set that changes
    // later is never mistaken for it; the interned sets subjects share are that copy itself.
    if (last != null && (last.languages == languages || last.languages.equals(languages))) {
      return last;
    }
    Lookup found = lookups.get(languages);
    if (found != null) {
      this.last = found;
      return found;
    }
    List<List<TermIndex>> out = new ArrayList<>(byLang.size());
    for (Map.Entry<String, List<TermList>> e : byLang.entrySet()) {
      if (applies(e.getKey(), languages)) {
        List<TermIndex> ofLang = new ArrayList<>(e.getValue().size());
        e.getValue().forEach(l -> ofLang.add(l.index()));
        out.add(ofLang);
      }
    }
    Lookup lookup = new Lookup(Set.copyOf(languages), out);
    if (lookups.size() < MAX_LOOKUPS) {
      lookups.putIfAbsent(lookup.languages, lookup);
    }
    this.last = lookup;
    return lookup;
  }

  /**
   * The lookup asked for last: subjects share their set of languages (see {@link
   * Subject#languageSet}), so most asks are answered by comparing one reference (an equal set
   * is compared by content).
   */
  private volatile Lookup last;

  /** Sets of languages remembered; texts name few, but a sample's posts may name many. */
  private static final int MAX_LOOKUPS = 64;

  private final Map<Set<String>, Lookup> lookups = new ConcurrentHashMap<>();

  /**
   * The indexes of the lists for one set of languages (by language, then list, in list order),
   * and a bit filter of every key they hold: a word whose keys all miss the filter (most words of
   * most posts) is passed over without a map lookup.
   */
  private static final class Lookup {
    private final Set<String> languages;
    private final List<List<TermIndex>> indexes;
    private final long[] filter;
    private final int shift;

    Lookup(Set<String> languages, List<List<TermIndex>> indexes) {
      this.languages = languages;
      this.indexes = indexes;
      int keys = 0;
      for (List<TermIndex> ofLang : indexes) {
        for (TermIndex m : ofLang) {
          keys += m.size();
        }
      }
      // About 32 bits a key and two bits set for each (a Bloom filter), between 256 bits and
      // 256 KB: about one unknown word in 300 gets past it to the maps.
      int bits = Integer.highestOneBit(Math.max(256, Math.min(1 << 21, keys * 32)) * 2 - 1);
      this.shift = 64 - Integer.numberOfTrailingZeros(bits);
      this.filter = new long[bits >>> 6];
      for (List<TermIndex> ofLang : indexes) {
        for (TermIndex m : ofLang) {
          m.forEachHash(hash -> {
            long x = KeyedWords.mix(hash);
            set((int) (x >>> shift));
            set((int) ((x << 32) >>> shift));
          });
        }
      }
    }

    private void set(int bit) {
      filter[bit >>> 6] |= 1L << bit;
    }

    private boolean isSet(int bit) {
      return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    boolean isEmpty() {
      return indexes.isEmpty();
    }

    /** False when no key of the word at {@code i} is in the set; true when one may be. */
    private boolean mayHold(KeyedWords words, int i) {
      for (long x : words.mixesAt(i)) {
        if (isSet((int) (x >>> shift)) && isSet((int) ((x << 32) >>> shift))) {
          return true;
        }
      }
      return false;
    }

    /** The entry of the longest form found at {@code i}, or null. */
    TermList.Entry longestAt(KeyedWords words, int i) {
      if (!mayHold(words, i)) {
        return null;
      }
      List<String> keys = words.keysAt(i);
      TermList.Entry best = null;
      // Language by language, then key by key: the longest form that matches among the
      // language's lists (the first list on a tie) replaces what was found only if longer.
      for (List<TermIndex> ofLang : indexes) {
        for (String key : keys) {
          TermList.Entry longest = null;
          for (TermIndex byFirstWord : ofLang) {
            List<TermList.Entry> entries = byFirstWord.entries(key);
            if (entries == null) {
              continue;
            }
            for (TermList.Entry e : entries) {
              if (matchesAt(words, i, e.form())) {
                if (longest == null || e.form().size() > longest.form().size()) {
                  longest = e;
                }
                break;
              }
            }
          }
          if (longest != null && (best == null || longest.form().size() > best.form().size())) {
            best = longest;
          }
        }
      }
      return best;
    }
  }

  /** Lists in any language whose code is "mul" (names, numbers, codes: e.g. "8964"). */
  public static final String ANY_LANGUAGE = "mul";

  /**
   * Whether a list in {@code lang} applies to a text in {@code languages}: always for an empty
   * set and for {@link #ANY_LANGUAGE} lists; otherwise when the list's primary language is in the
   * set ("hi-latn", romanised Hindi, applies to a text in "hi").
   */
  public static boolean applies(String lang, Set<String> languages) {
    if (languages.isEmpty() || lang.equals(ANY_LANGUAGE)) {
      return true;
    }
    int dash = lang.indexOf('-');
    return languages.contains(dash < 0 ? lang : lang.substring(0, dash));
  }

  /** Whether {@code form} is at word {@code i} of {@code words}, key by key. */
  static boolean matchesAt(KeyedWords words, int i, List<String> form) {
    if (i + form.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < form.size(); k++) {
      if (!words.keysAt(i + k).contains(form.get(k))) {
        return false;
      }
    }
    return true;
  }
}
