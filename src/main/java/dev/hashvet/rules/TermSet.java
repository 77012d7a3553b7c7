package dev.hashvet.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of one or more lists, indexed for whole-word matching over a sequence of folded words.
 * A term matches only as whole words ("scunthorpe" never contains a match for a four-letter word),
 * and a word with a possessive "'s" also matches without it.
 */
public final class TermSet {
  private final List<TermList> lists;

  /** Lists by language, in list order. */
  private final Map<String, List<TermList>> byLang = new LinkedHashMap<>();

  /**
   * Per language, the forms by first word; built on first use, so a post in English never pays
   * for indexing the Korean forms (and a rule gated to another market never indexes at all).
   */
  private final Map<String, Map<String, List<Entry>>> index = new ConcurrentHashMap<>();

  private record Entry(List<String> form, TermList.Term term, TermList list) {}

  /**
   * One match.
   *
   * @param term the term as written in its list
   * @param list the list's name
   * @param lang the list's language
   * @param from index of the first matched word
   * @param to index after the last matched word
   */
  public record Hit(String term, String list, String lang, int from, int to) {}

  public TermSet(Collection<TermList> lists) {
    this.lists = List.copyOf(lists);
    for (TermList list : lists) {
      byLang.computeIfAbsent(list.lang(), k -> new ArrayList<>()).add(list);
    }
  }

  private Map<String, List<Entry>> index(String lang) {
    return index.computeIfAbsent(lang, l -> {
      Map<String, List<Entry>> byFirstWord = new HashMap<>();
      for (TermList list : byLang.get(l)) {
        for (TermList.Term term : list.terms()) {
          for (List<String> form : term.forms()) {
            byFirstWord.computeIfAbsent(form.get(0), k -> new ArrayList<>())
                .add(new Entry(form, term, list));
            String joined = joined(form);
            if (!joined.isEmpty()) {
              byFirstWord.computeIfAbsent(joined, k -> new ArrayList<>())
                  .add(new Entry(List.of(joined), term, list));
            }
          }
        }
      }
      // Longest forms first, so "not guilty" wins over "not" if both were listed.
      byFirstWord.values().forEach(e -> e.sort(Comparator.comparingInt(x -> -x.form().size())));
      return byFirstWord;
    });
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
    List<Map<String, List<Entry>>> indexes = indexes(languages);
    List<Hit> hits = new ArrayList<>();
    if (indexes.isEmpty()) {
      return hits;
    }
    List<List<String>> keyed = keyed(words);
    int i = 0;
    while (i < words.size()) {
      Hit hit = longestAt(keyed, i, indexes);
      if (hit == null) {
        i++;
      } else {
        hits.add(hit);
        i = hit.to();
      }
    }
    return hits;
  }

  /** True if any term of the set occurs in {@code words}. */
  public boolean any(List<String> words, Set<String> languages) {
    List<Map<String, List<Entry>>> indexes = indexes(languages);
    if (indexes.isEmpty()) {
      return false;
    }
    List<List<String>> keyed = keyed(words);
    for (int i = 0; i < words.size(); i++) {
      if (longestAt(keyed, i, indexes) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A phrase run together as one word ("ni una menos" as "niunamenos", the way tags write it), or
   * "" for one-word forms and forms with a number placeholder.
   */
  private static String joined(List<String> form) {
    if (form.size() < 2 || form.contains(TermList.NUMBER)) {
      return "";
    }
    return String.join("", form);
  }

  private static List<List<String>> keyed(List<String> words) {
    List<List<String>> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(keys(w));
    }
    return out;
  }

  /**
   * The indexes of the languages that apply to {@code languages}, in list order: worked out once
   * per text, not once per word (every rule matches every word of every post).
   */
  private List<Map<String, List<Entry>>> indexes(Set<String> languages) {
    List<Map<String, List<Entry>>> out = new ArrayList<>(byLang.size());
    for (String lang : byLang.keySet()) {
      if (applies(lang, languages)) {
        out.add(index(lang));
      }
    }
    return out;
  }

  private Hit longestAt(List<List<String>> words, int i, List<Map<String, List<Entry>>> indexes) {
    Hit best = null;
    for (Map<String, List<Entry>> byFirstWord : indexes) {
      for (String key : words.get(i)) {
        List<Entry> entries = byFirstWord.get(key);
        if (entries == null) {
          continue;
        }
        for (Entry e : entries) {
          if (matchesAt(words, i, e.form())) {
            if (best == null || e.form().size() > best.to() - best.from()) {
              best = new Hit(e.term().text(), e.list().name(), e.list().lang(), i,
                  i + e.form().size());
            }
            break;
          }
        }
      }
    }
    return best;
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

  private static boolean matchesAt(List<List<String>> words, int i, List<String> form) {
    if (i + form.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < form.size(); k++) {
      if (!words.get(i + k).contains(form.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word and, for a possessive, the word without "'s"; a number also as {@link TermList#NUMBER};
   * a word with the combining dot that case folding leaves from Turkish "İ" also without it; a
   * word with Han characters also in Simplified Chinese.
   */
  private static List<String> keys(String word) {
    // Plain ASCII words (most words) hold no combining dot and no Han character.
    if (!isAscii(word)) {
      if (word.indexOf('\u0307') >= 0) {
        return List.of(word, word.replace("\u0307", ""));
      }
      String simplified = Inflector.simplifiedKey(word);
      if (!simplified.equals(word)) {
        return List.of(word, simplified);
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
    return out;
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Non-empty and every character a digit (as {@link Character#isDigit(char)} says). */
  private static boolean isDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** Elided articles and pronouns that French and Italian write before an apostrophe. */
  private static final Set<String> ELIDED = Set.of("l", "d", "j", "n", "s", "c", "m", "t", "qu",
      "lorsqu", "puisqu", "jusqu", "quelqu", "un", "dell", "all", "dall", "nell", "sull", "coll",
      "quell", "quest", "tutt", "gl");
}
