package dev.hashvet.world;

import dev.hashvet.TestBooks;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.Subject;
import dev.hashvet.text.LanguageDetector;
import dev.hashvet.vet.Pipeline;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Rough figures for the cost of world coverage: loading every bundled term list and pack (with
 * their generated forms), detecting languages, and evaluating every rule on a post. Not a test: run
 * by hand, single-threaded, see docs/languages.md.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.hashvet.world.WorldBench
 * </pre>
 */
public final class WorldBench {
  private WorldBench() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    RuleBook book = TestBooks.bundled();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    long t1 = System.nanoTime();
    TestBooks.bundled();
    double reloadMs = (System.nanoTime() - t1) / 1e6;
    System.out.printf(
        "rule book: %d rules, %d term lists; first load %.0f ms, second %.0f ms%n",
        book.rules().size(), book.terms().all().size(), loadMs, reloadMs);

    List<String> posts =
        LanguageAccuracy.run(new LanguageDetector(), LanguageAccuracy.TUNING).stream()
            .map(LanguageAccuracy.Case::text)
            .toList();
    LanguageDetector detector = new LanguageDetector();
    long t2 = System.nanoTime();
    detector.detect(posts.get(0));
    double firstDetectMs = (System.nanoTime() - t2) / 1e6;
    int n = 0;
    long t3 = System.nanoTime();
    while (System.nanoTime() - t3 < 2_000_000_000L) {
      detector.detect(posts.get(n++ % posts.size()));
    }
    double perDetectUs = (System.nanoTime() - t3) / 1e3 / n;
    System.out.printf(
        "detection: first call %.1f ms (loads word lists), then %.1f us a post%n",
        firstDetectMs, perDetectUs);

    Pipeline p = Pipeline.of(book);
    ZonedDateTime at = ZonedDateTime.of(2026, 6, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    int m = 0;
    long t4 = System.nanoTime();
    while (System.nanoTime() - t4 < 3_000_000_000L) {
      Subject s =
          p.text()
              .subject(
                  posts.get(m++ % posts.size()),
                  at,
                  List.of(),
                  List.of(),
                  dev.hashvet.rules.Context.NONE);
      book.evaluate(s);
    }
    System.out.printf(
        "subject + every rule: %.2f ms a post (%d posts)%n", (System.nanoTime() - t4) / 1e6 / m, m);
  }
}
