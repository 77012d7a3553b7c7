package dev.hashvet.rules;

import dev.hashvet.TestBooks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many generated forms the inflection guard ({@link Inflector#isOtherWord}) removes from the
 * bundled term lists, per language, and which: the figures of docs/rules.md. Not a test; run by
 * hand: {@code java -cp ... dev.hashvet.rules.InflectionGuardBench}.
 */
public final class InflectionGuardBench {
  private InflectionGuardBench() {}

  public static void main(String[] args) {
    Map<String, int[]> byLang = new TreeMap<>();
    List<String> removed = new ArrayList<>();
    for (TermList list : TestBooks.bundled().terms().all()) {
      for (TermList.Term term : list.terms()) {
        List<String> words = TermList.words(term.toString());
        if (words.isEmpty()) {
          continue;
        }
        Set<List<String>> all = new LinkedHashSet<>(Inflector.forms(words, list.lang(), false));
        Set<List<String>> kept = new LinkedHashSet<>(Inflector.forms(words, list.lang(), true));
        int[] counts = byLang.computeIfAbsent(list.lang(), k -> new int[3]);
        counts[0] += all.size();
        for (List<String> f : all) {
          if (kept.contains(f)) {
            continue;
          }
          boolean listed = term.forms().contains(f);
          counts[listed ? 2 : 1]++;
          removed.add(list.lang() + " " + list.name() + ": " + term + " -> " + String.join(" ", f)
              + (listed ? " (listed in forms:, kept)" : ""));
        }
      }
    }
    byLang.forEach((lang, c) -> System.out.printf("%-7s %6d generated forms, %4d removed by the "
        + "guard, %d of them listed in forms: and kept%n", lang, c[0], c[1] + c[2], c[2]));
    removed.forEach(r -> System.out.println("  " + r));
  }
}
