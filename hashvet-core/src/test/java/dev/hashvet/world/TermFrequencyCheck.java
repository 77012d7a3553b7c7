package dev.hashvet.world;

import dev.hashvet.TestBooks;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.TermList;
import dev.hashvet.text.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a language's term lists against a public frequency list: which terms have no form among
 * the list's words, i.e. words that people may not write at all. Used while writing the pl, uk, ro
 * and el lists with the OpenSubtitles 2018 lists of hermitdave/FrequencyWords (CC BY-SA 4.0, not
 * bundled; docs/languages.md gives the commit). A term counts as found when one of its forms
 * (inflections, listed forms, spellings) has every word in the list. Run by hand:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.hashvet.world.TermFrequencyCheck pl path/to/pl_50k.txt
 * </pre>
 */
final class TermFrequencyCheck {
  /** The lists checked: the twelve risk lists, the idioms and the hate lists. */
  static final Set<String> LISTS =
      Set.of(
          "legal", "death", "tragedy", "disaster", "violence", "terrorism", "abuse", "hate", "war",
          "profanity", "sexual", "promotional", "identity_groups", "hate_derogation",
          "hate_dehumanising", "hate_threat", "hate_negation", "hate_counter", "hate_denial",
          "slurs");

  /**
   * The result for one language.
   *
   * @param terms terms checked
   * @param missing the terms with no form in the frequency list, as "list: term"
   */
  record Result(int terms, List<String> missing) {}

  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  private TermFrequencyCheck() {}

  static Set<String> words(Path frequencyList) throws IOException {
    TextNormalizer normalizer = new TextNormalizer();
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(frequencyList, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (space > 0) {
        // As the matcher reads text: Romanian cedillas as commas, Greek also without accents.
        String w = normalizer.fold(line.substring(0, space)).replace('ş', 'ș').replace('ţ', 'ț');
        out.add(w);
        out.add(MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll(""));
      }
    }
    return out;
  }

  static Result check(RuleBook book, String lang, Set<String> known) {
    int terms = 0;
    List<String> missing = new ArrayList<>();
    for (TermList list : book.terms().all()) {
      if (!list.lang().equals(lang) || !LISTS.contains(list.name())) {
        continue;
      }
      for (TermList.Term t : list.terms()) {
        terms++;
        boolean found =
            t.forms().stream().anyMatch(f -> f.stream().allMatch(w -> known.contains(w)));
        if (!found) {
          missing.add(list.name() + ": " + t.text());
        }
      }
    }
    return new Result(terms, missing);
  }

  public static void main(String[] args) throws IOException {
    RuleBook book = TestBooks.bundled();
    Result r = check(book, args[0], words(Path.of(args[1])));
    System.out.printf(
        "%s: %d terms, %d with a form in the list, %d without%n",
        args[0], r.terms(), r.terms() - r.missing().size(), r.missing().size());
    r.missing().forEach(m -> System.out.println("  " + m));
  }
}
