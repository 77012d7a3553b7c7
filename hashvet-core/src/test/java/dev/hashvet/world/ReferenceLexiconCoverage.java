package dev.hashvet.world;

import dev.hashvet.TestBooks;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.TermList;
import dev.hashvet.rules.TermSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How much of the public reference lexicons in {@code ../shared/reference/lexicons} (Empath
 * categories, CrisisLex) the project's own English lists cover: the share of a reference category's
 * words in which one of our lists finds a term. Used to find gaps while writing the lists (the
 * lists themselves are written for hashvet, not copied). Run by hand for the table:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.hashvet.world.ReferenceLexiconCoverage ../shared
 * </pre>
 */
final class ReferenceLexiconCoverage {
  /** Empath category, and our lists that cover it. */
  static final Map<String, List<String>> EMPATH = new LinkedHashMap<>();

  static {
    EMPATH.put("death", List.of("death", "tragedy"));
    EMPATH.put("violence", List.of("violence", "weapons", "death"));
    EMPATH.put("terrorism", List.of("terrorism", "violence", "war"));
    EMPATH.put("war", List.of("war", "violence", "weapons"));
    EMPATH.put("weapon", List.of("weapons", "violence"));
    EMPATH.put("hate", List.of("hate"));
    EMPATH.put("crime", List.of("legal", "violence", "death", "abuse"));
    EMPATH.put("law", List.of("legal"));
    EMPATH.put("prison", List.of("legal"));
    EMPATH.put("sexual", List.of("sexual", "profanity"));
    EMPATH.put("swearing_terms", List.of("profanity"));
  }

  /**
   * Coverage of one reference word list.
   *
   * @param name the category
   * @param words how many reference words
   * @param covered how many contain a term of our lists
   * @param missed some of the words not covered
   */
  record Row(String name, int words, int covered, List<String> missed) {
    double share() {
      return words == 0 ? 0 : (double) covered / words;
    }
  }

  private ReferenceLexiconCoverage() {}

  static Optional<Path> lexicons(String shared) {
    if (shared == null) {
      return Optional.empty();
    }
    Path p = Path.of(shared, "reference", "lexicons");
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  static List<Row> rows(RuleBook book, Path lexicons) throws IOException {
    List<Row> out = new ArrayList<>();
    for (String line :
        Files.readAllLines(lexicons.resolve("empath/categories.tsv"), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      List<String> ours = EMPATH.get(cells[0]);
      if (ours == null) {
        continue;
      }
      List<String> words = new ArrayList<>(List.of(cells).subList(1, cells.length));
      out.add(row(book, cells[0], words, ours));
    }
    List<String> crisis =
        Files.readAllLines(lexicons.resolve("crisislex/CrisisLexRec.txt"), StandardCharsets.UTF_8)
            .stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    out.add(
        row(
            book,
            "crisislex",
            crisis,
            List.of("disaster", "tragedy", "death", "violence", "terrorism")));
    return out;
  }

  private static Row row(RuleBook book, String name, List<String> words, List<String> ours) {
    List<TermList> lists = new ArrayList<>();
    for (String l : ours) {
      book.terms().named(l).stream().filter(t -> t.lang().equals("en")).forEach(lists::add);
    }
    TermSet set = new TermSet(lists);
    int covered = 0;
    List<String> missed = new ArrayList<>();
    for (String w : words) {
      if (!set.find(TermList.words(w), Set.of()).isEmpty()) {
        covered++;
      } else {
        missed.add(w);
      }
    }
    return new Row(name, words.size(), covered, missed);
  }

  public static void main(String[] args) throws IOException {
    Path lex = lexicons(args.length > 0 ? args[0] : "../shared").orElseThrow();
    System.out.println("| reference | words | covered | share |");
    System.out.println("| --- | ---: | ---: | ---: |");
    for (Row r : rows(TestBooks.bundled(), lex)) {
      System.out.printf(
          "| %s | %d | %d | %.0f%% |%n", r.name(), r.words(), r.covered(), 100 * r.share());
      if (args.length > 1) {
        System.out.println("  missed: " + String.join(", ", r.missed()));
      }
    }
  }
}
