package dev.hashvet.world;

import dev.hashvet.text.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accuracy of {@link LanguageDetector} on the labelled posts in {@code world/language-*.tsv}:
 * "best" is right when the single best guess is the label's language; "covered" when the label's
 * language is among the languages whose lists apply. Run by hand to print the table:
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.hashvet.world.LanguageAccuracy
 * </pre>
 */
public final class LanguageAccuracy {
  /** One labelled post and what was detected. */
  record Case(String label, String text, LanguageDetector.Detection detection) {
    String expected() {
      return label.equals("hi-latn") ? "hi" : label;
    }

    boolean best() {
      return detection.best().equals(expected());
    }

    boolean covered() {
      return detection.languages().isEmpty() || detection.languages().contains(expected());
    }
  }

  private LanguageAccuracy() {}

  static List<Case> run(LanguageDetector detector, String resource) {
    List<Case> out = new ArrayList<>();
    for (String line : samples(resource).lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      out.add(new Case(parts[0], parts[1], detector.detect(parts[1])));
    }
    return out;
  }

  /** Per label: {cases, best right, covered}. */
  static Map<String, int[]> table(List<Case> cases) {
    Map<String, int[]> out = new TreeMap<>();
    for (Case c : cases) {
      int[] row = out.computeIfAbsent(c.label(), k -> new int[3]);
      row[0]++;
      row[1] += c.best() ? 1 : 0;
      row[2] += c.covered() ? 1 : 0;
    }
    return out;
  }

  private static String samples(String resource) {
    try (InputStream in = LanguageAccuracy.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The labelled set used while writing the detector. */
  static final String TUNING = "/world/language-samples.tsv";

  /** The held-out set, written after the word lists were frozen. */
  static final String HELD_OUT = "/world/language-heldout.tsv";

  /**
   * Prints the tables of the bundled sets; with arguments {@code label=file.conllu ...}, the table
   * for real sentences instead: the first {@value #CONLLU_SENTENCES} "# text = " lines of each
   * Universal Dependencies treebank file (not bundled; see docs/languages.md for the commits).
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0) {
      List<Case> cases = new ArrayList<>();
      LanguageDetector detector = new LanguageDetector();
      for (String arg : args) {
        String[] parts = arg.split("=", 2);
        for (String text : sentences(Path.of(parts[1]))) {
          cases.add(new Case(parts[0], text, detector.detect(text)));
        }
      }
      print(cases);
      return;
    }
    for (String set : List.of(TUNING, HELD_OUT)) {
      System.out.println(set);
      print(run(new LanguageDetector(), set));
    }
  }

  static final int CONLLU_SENTENCES = 300;

  private static List<String> sentences(Path conllu) throws IOException {
    return Files.readAllLines(conllu, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("# text = "))
        .map(l -> l.substring("# text = ".length()))
        .limit(CONLLU_SENTENCES)
        .toList();
  }

  private static void print(List<Case> cases) {
    int n = 0;
    int best = 0;
    int covered = 0;
    System.out.println("| label | posts | best guess right | label's lists applied |");
    System.out.println("| --- | ---: | ---: | ---: |");
    for (Map.Entry<String, int[]> e : table(cases).entrySet()) {
      int[] r = e.getValue();
      n += r[0];
      best += r[1];
      covered += r[2];
      System.out.printf("| %s | %d | %d | %d |%n", e.getKey(), r[0], r[1], r[2]);
    }
    System.out.printf(
        "| all | %d | %d (%.1f%%) | %d (%.1f%%) |%n",
        n, best, 100.0 * best / n, covered, 100.0 * covered / n);
    for (Case c : cases) {
      if (!c.best() || !c.covered()) {
        System.out.println("miss: " + c.label() + " -> " + c.detection() + "  " + c.text());
      }
    }
  }
}
