package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link TermSet} against a naive matcher: every list, every term, every form tried at every
 * place. The index, the first-word maps and the bit filter must find exactly the same hits.
 */
class TermSetTest {
  private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "nu", "pe", "ro",
      "su", "ti", "va", "ze", "bo", "da");

  private record Span(int from, int to, String term) {}

  @Test
  void findsWhatANaiveMatcherFindsOnRandomTexts() {
    Random random = new Random(20261207L);
    for (int round = 0; round < 60; round++) {
      List<TermList> lists = randomLists(random, 1 + random.nextInt(4), 1 + random.nextInt(60));
      TermSet set = new TermSet(lists);
      Set<String> languages = random.nextBoolean() ? Set.of() : Set.of("xa");
      for (int t = 0; t < 20; t++) {
        List<String> words = randomWords(random, random.nextInt(40));
        assertThat(spans(set.find(words, languages)))
            .as("round %d, text %s", round, words)
            .isEqualTo(naive(lists, words, languages));
      }
    }
  }

  @Test
  void aLargeSetStillFindsEveryTerm() {
    // Thousands of keys: the bit filter grows and must still never drop a word it holds.
    Random random = new Random(7L);
    List<TermList> lists = randomLists(random, 3, 3000);
    TermSet set = new TermSet(lists);
    for (TermList list : lists) {
      for (TermList.Term term : list.terms()) {
        List<String> words = TermList.words(term.text());
        assertThat(set.find(words, Set.of())).as(term.text()).isNotEmpty();
      }
    }
  }

  @Test
  void aCallersSetThatChangesIsReadAgain() {
    TermList xa = list("xa", "a", List.of("kalo"));
    TermList xb = list("xb", "b", List.of("miru"));
    TermSet set = new TermSet(List.of(xa, xb));
    Set<String> languages = new HashSet<>(Set.of("xa"));
    List<String> words = List.of("kalo", "miru");
    assertThat(spans(set.find(words, languages))).containsExactly(new Span(0, 1, "kalo"));
    languages.clear();
    languages.add("xb");
    assertThat(spans(set.find(words, languages))).containsExactly(new Span(1, 2, "miru"));
  }

  @Test
  void matchesWholeWordsOnlyTheLongestTermFirstAndPhrasesRunTogether() {
    TermSet set = new TermSet(List.of(list("xa", "a", List.of("ka", "ka lo", "ka lo mi"))));
    assertThat(spans(set.find(List.of("kalox", "ka", "lo", "mi", "ka", "lo", "kalo"), Set.of())))
        .containsExactly(new Span(1, 4, "ka lo mi"), new Span(4, 6, "ka lo"),
            new Span(6, 7, "ka lo"));
  }

  @Test
  void keyedWordsLookUpPossessivesNumbersAndElisions() {
    KeyedWords words = KeyedWords.of(List.of("victim's", "5,000", "l'ouragan", "plain"));
    assertThat(words.keysAt(0)).contains("victim's", "victim");
    assertThat(words.keysAt(1)).containsExactly("5,000", TermList.NUMBER);
    assertThat(words.keysAt(2)).contains("ouragan");
    assertThat(words.keysAt(3)).containsExactly("plain");
    assertThat(words.sentenceAt(3)).isZero();
    KeyedWords two = KeyedWords.of(List.of("a", "b", "c"), new int[] {0, 0, 1});
    assertThat(two.sentenceAt(1)).isZero();
    assertThat(two.sentenceAt(2)).isEqualTo(1);
    TermSet set = new TermSet(List.of(list("en", "a", List.of("victim", "<n>"))));
    assertThat(spans(set.find(words, Set.of()))).containsExactly(
        new Span(0, 1, "victim"), new Span(1, 2, "<n>"));
  }

  private static List<Span> naive(List<TermList> lists, List<String> words, Set<String> langs) {
    // On a tie the first language wins (languages in the order their first list comes), then
    // the first list of that language, then the first term: TermSet's documented order.
    List<String> order = lists.stream().map(TermList::lang).distinct().toList();
    List<TermList> byLanguage = new ArrayList<>(lists);
    byLanguage.sort(java.util.Comparator.comparingInt(l -> order.indexOf(l.lang())));
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      String best = null;
      int bestSize = 0;
      for (TermList list : byLanguage) {
        if (!TermSet.applies(list.lang(), langs)) {
          continue;
        }
        for (TermList.Term term : list.terms()) {
          List<List<String>> forms = new ArrayList<>(term.forms());
          for (List<String> form : term.forms()) {
            if (form.size() > 1 && !form.contains(TermList.NUMBER)) {
              forms.add(List.of(String.join("", form))); // a phrase as a tag writes it
            }
          }
          for (List<String> form : forms) {
            if (form.size() > bestSize && i + form.size() <= words.size()
                && words.subList(i, i + form.size()).equals(form)) {
              best = term.text();
              bestSize = form.size();
            }
          }
        }
      }
      if (best == null) {
        i++;
      } else {
        out.add(new Span(i, i + bestSize, best));
        i += bestSize;
      }
    }
    return out;
  }

  private static List<Span> spans(List<TermSet.Hit> hits) {
    return hits.stream().map(h -> new Span(h.from(), h.to(), h.term())).toList();
  }

  /** Lists in the made-up languages "xa" and "xb" (no inflections), terms distinct overall. */
  private static List<TermList> randomLists(Random random, int count, int terms) {
    Set<String> used = new LinkedHashSet<>();
    List<TermList> lists = new ArrayList<>();
    for (int l = 0; l < count; l++) {
      List<String> texts = new ArrayList<>();
      for (int t = 0; t < terms; t++) {
        String text = String.join(" ", randomWords(random, 1 + random.nextInt(3)));
        if (used.add(text)) {
          texts.add(text);
        }
      }
      lists.add(list(random.nextInt(3) == 0 ? "xb" : "xa", "l" + l, texts));
    }
    return lists;
  }

  private static List<String> randomWords(Random random, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int parts = 1 + random.nextInt(2);
      StringBuilder w = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        w.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
      }
      out.add(w.toString());
    }
    return out;
  }

  private static TermList list(String lang, String name, List<String> texts) {
    List<TermList.Term> terms = new ArrayList<>();
    for (String text : texts) {
      terms.add(TermList.term(text, lang, false, List.of()));
    }
    return new TermList(name, lang, "test list", terms, TermList.Examples.NONE, name + ":1");
  }
}
