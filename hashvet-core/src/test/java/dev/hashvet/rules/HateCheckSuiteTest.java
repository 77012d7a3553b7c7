package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.TestBooks;
import dev.hashvet.vet.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * hashvet's functional hate-speech suite (after HateCheck and Multilingual HateCheck): every
 * template of {@code hatecheck/templates.tsv} filled with each identity term of its language
 * ({@code hatecheck/identities.tsv}), vetted with the languages detected from the text, as a post
 * would be. Hateful cases must draw a hate rule's finding at review or above; non-hateful ones
 * (neutral and positive identity statements, negated hate, counter-speech, abuse of objects,
 * individuals and unprotected groups) must not. Prints flagged and passed per language and per
 * function, and holds each language to 90% of hateful cases flagged and 95% of non-hateful passed.
 */
class HateCheckSuiteTest {
  private static final ZonedDateTime AT = ZonedDateTime.of(2026, 6, 10, 12, 0, 0, 0, ZoneOffset.UTC);
  private static final double FLAGGED_TARGET = 0.90;
  private static final double PASSED_TARGET = 0.95;

  private static Pipeline pipeline;
  private static final List<Case> CASES = new ArrayList<>();

  record Case(String lang, String function, boolean hateful, String text) {}

  /** Counts for one language or function: hateful flagged of hateful, non-hateful passed of all. */
  static final class Tally {
    int hateful;
    int flagged;
    int benign;
    int passed;
    final List<String> misses = new ArrayList<>();

    void add(Case c, boolean flaggedNow) {
      if (c.hateful()) {
        hateful++;
        flagged += flaggedNow ? 1 : 0;
      } else {
        benign++;
        passed += flaggedNow ? 0 : 1;
      }
      if (flaggedNow != c.hateful()) {
        misses.add(c.function() + ": " + c.text());
      }
    }

    double flaggedRate() {
      return hateful == 0 ? 1 : (double) flagged / hateful;
    }

    double passedRate() {
      return benign == 0 ? 1 : (double) passed / benign;
    }
  }

  @BeforeAll
  static void load() throws IOException {
    pipeline = TestBooks.pipeline(List.of());
    Map<String, List<String>> identities = new LinkedHashMap<>();
    for (String[] row : rows("identities.tsv")) {
      identities.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    for (String[] row : rows("templates.tsv")) {
      String lang = row[0];
      boolean hateful = row[2].equals("hateful");
      String template = row[3];
      if (!template.contains("{G}")) {
        CASES.add(new Case(lang, row[1], hateful, template));
        continue;
      }
      for (String g : identities.get(lang)) {
        String text = template.replace("{G}", g);
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        CASES.add(new Case(lang, row[1], hateful, text));
      }
    }
  }

  private static List<String[]> rows(String name) throws IOException {
    try (InputStream in = HateCheckSuiteTest.class.getResourceAsStream("/hatecheck/" + name)) {
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
      return out;
    }
  }

  static boolean flagged(String text) {
    var subject = pipeline.text().subject(text, AT, List.of(), List.of(), Context.NONE);
    for (Finding f : pipeline.book().evaluate(subject)) {
      boolean hateRule = f.rule().startsWith("text.hate-") || f.rule().equals("text.slur");
      if (hateRule && f.severity().compareTo(Severity.REVIEW) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Test
  void eachLanguageMeetsTheTargets() {
    Map<String, Tally> byLang = new TreeMap<>();
    Map<String, Tally> byFunction = new TreeMap<>();
    for (Case c : CASES) {
      boolean f = flagged(c.text());
      byLang.computeIfAbsent(c.lang(), k -> new Tally()).add(c, f);
      byFunction.computeIfAbsent(c.function(), k -> new Tally()).add(c, f);
    }
    StringBuilder report = new StringBuilder("HateCheck-style suite (" + CASES.size() + " cases)\n");
    report.append(String.format("%-18s %16s %16s%n", "language", "hateful flagged", "others passed"));
    byLang.forEach((k, t) -> report.append(line(k, t)));
    report.append(String.format("%n%-18s %16s %16s%n", "function", "hateful flagged", "others passed"));
    byFunction.forEach((k, t) -> report.append(line(k, t)));
    byLang.forEach((k, t) -> t.misses.forEach(m -> report.append("  miss ").append(k).append(' ')
        .append(m).append('\n')));
    System.out.println(report);
    assertThat(byLang.keySet()).contains(
        "en", "es", "pt", "fr", "de", "it", "nl", "pl", "ar", "hi", "zh");
    byLang.forEach((k, t) -> {
      assertThat(t.flaggedRate()).as(k + " hateful flagged\n" + report)
          .isGreaterThanOrEqualTo(FLAGGED_TARGET);
      assertThat(t.passedRate()).as(k + " non-hateful passed\n" + report)
          .isGreaterThanOrEqualTo(PASSED_TARGET);
    });
  }

  private static String line(String key, Tally t) {
    return String.format("%-18s %6d/%-4d %4.0f%% %6d/%-4d %4.0f%%%n", key, t.flagged, t.hateful,
        100 * t.flaggedRate(), t.passed, t.benign, 100 * t.passedRate());
  }
}
