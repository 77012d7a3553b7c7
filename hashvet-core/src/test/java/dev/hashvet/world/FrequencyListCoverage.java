package dev.hashvet.world;

import dev.hashvet.TestBooks;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.TermList;
import dev.hashvet.text.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a language's terms against a public frequency list: which terms have a word that is not
 * among the language's 50,000 commonest words in the OpenSubtitles 2018 counts of
 * hermitdave/FrequencyWords (CC BY-SA 4.0; fetched, not bundled, by
 * {@code scripts/fetch-frequency-words.sh}). A term whose words are all there is in everyday use;
 * one that is not is either rare in subtitles (legal and news words, slurs, slang) or misspelt,
 * and was read again by hand. Run by hand for the table in docs/languages.md:
 *
 * <pre>
 * scripts/fetch-frequency-words.sh vi th bn he
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.hashvet.world.FrequencyListCoverage target/frequency-words vi th bn he
 * </pre>
 *
 * Words are compared folded and split the way the matcher splits them. The Thai list is not a
 * word list: Thai subtitles put spaces between phrases, so its entries are phrases (ขอบคุณครับ);
 * a Thai term counts as found when it is written inside one of the 50,000 commonest entries.
 */
final class FrequencyListCoverage {
  /**
   * One language's figures.
   *
   * @param lang the language code
   * @param terms how many terms (each list's terms as written, numbers left out)
   * @param found how many have every word in the top 50,000
   * @param absent the other terms, as "list: term"
   */
  record Row(String lang, int terms, int found, List<String> absent) {
    double share() {
      return terms == 0 ? 0 : (double) found / terms;
    }
  }

  private FrequencyListCoverage() {}

  /** The list file for {@code lang} in {@code dir}, when it was fetched. */
  static Optional<Path> listFile(Path dir, String lang) {
    Path p = dir.resolve(lang + "_50k.txt");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The folded words of a FrequencyWords file ("word count" per line). */
  static Set<String> words(Path file) throws IOException {
    TextNormalizer normalizer = new TextNormalizer();
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      String word = space < 0 ? line : line.substring(0, space);
      if (!word.isBlank()) {
        out.add(normalizer.fold(word));
      }
    }
    return out;
  }

  /** Languages whose list holds phrases written without spaces rather than words. */
  private static final Set<String> PHRASE_LISTS = Set.of("th");

  static Row row(RuleBook book, String lang, Set<String> common) {
    List<String> phrases = PHRASE_LISTS.contains(lang) ? List.copyOf(common) : List.of();
    int terms = 0;
    int found = 0;
    List<String> absent = new ArrayList<>();
    for (TermList list : book.terms().all()) {
      if (!list.lang().equals(lang)) {
        continue;
      }
      for (TermList.Term term : list.terms()) {
        List<String> words =
            TermList.words(term.text()).stream()
                .filter(w -> !w.equals(TermList.NUMBER) && !w.chars().allMatch(c -> c < 0x80))
                .toList();
        if (words.isEmpty()) {
          continue; // Latin loans (kkk, onlyfans) and number patterns say nothing here
        }
        terms++;
        String joined = String.join("", words);
        if (common.containsAll(words)
            || phrases.stream().anyMatch(p -> p.contains(joined))) {
          found++;
        } else {
          absent.add(list.name() + ": " + term.text());
        }
      }
    }
    return new Row(lang, terms, found, absent);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/frequency-words");
    List<String> langs =
        args.length > 1 ? List.of(args).subList(1, args.length) : List.of("vi", "th", "bn", "he");
    RuleBook book = TestBooks.bundled();
    System.out.println("| language | terms | all words in the top 50k | share |");
    System.out.println("| --- | ---: | ---: | ---: |");
    List<Row> rows = new ArrayList<>();
    for (String lang : langs) {
      Path file = listFile(dir, lang).orElseThrow(() -> new IOException("no list for " + lang));
      Row r = row(book, lang, words(file));
      rows.add(r);
      System.out.printf(
          "| %s | %d | %d | %.0f%% |%n", r.lang(), r.terms(), r.found(), 100 * r.share());
    }
    for (Row r : rows) {
      System.out.println();
      System.out.println(r.lang() + ", not in the top 50k: " + String.join("; ", r.absent()));
    }
  }
}
