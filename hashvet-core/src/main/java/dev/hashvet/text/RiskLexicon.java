package dev.hashvet.text;

import dev.hashvet.HashvetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words that make a reading of a tag risky for a brand ("anal", "rapist", "dead"), each with the
 * finding category it belongs to. The bundled list is {@code text/risk-words.tsv}: one
 * {@code word<TAB>category} a line, inflected forms listed as words of their own, {@code #}
 * comments; then {@code text/slang-words.tsv}, slang and profanity imported from public lists by
 * {@code scripts/fetch-slang.sh} (same format). The segmenter looks for these words anywhere
 * inside a folded tag and tries each as a word of a reading.
 */
public final class RiskLexicon {
  static final String RESOURCE = "/text/risk-words.tsv";

  /** The imported slang (scripts/fetch-slang.sh). */
  static final String SLANG_RESOURCE = "/text/slang-words.tsv";

  private final Map<String, String> categories;
  /** The risk words by their first char, so a tag is scanned once, not once per word. */
  private final Map<Character, String[]> byFirst;

  private RiskLexicon(Map<String, String> categories) {
    this.categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    Map<Character, List<String>> groups = new HashMap<>();
    for (String w : categories.keySet()) {
      groups.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
    }
    this.byFirst = new HashMap<>();
    groups.forEach((c, words) -> byFirst.put(c, words.toArray(new String[0])));
  }

  /** This lexicon and then the words of {@code more} it lacks. */
  public RiskLexicon with(RiskLexicon more) {
    Map<String, String> all = new LinkedHashMap<>(categories);
    more.categories.forEach(all::putIfAbsent);
    return new RiskLexicon(all);
  }

  /** The bundled lexicon, read on first use and shared (it never changes once read). */
  public static RiskLexicon bundled() {
    return Bundled.INSTANCE;
  }

  /** A lexicon of {@code word -> category}. */
  public static RiskLexicon of(Map<String, String> categories) {
    return new RiskLexicon(categories);
  }

  /**
   * Parses the TSV {@code text} read from {@code name}; a bad line is an input error naming the
   * file and line.
   */
  public static RiskLexicon parse(String name, String text) {
    Map<String, String> map = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      String problem = null;
      if (cols.length != 2) {
        problem = "expected 'word<TAB>category', got '" + line + "'";
      } else if (!isWord(cols[0].strip())) {
        problem = "'" + cols[0].strip() + "' is not a lower-case word";
      } else if (!isCategory(cols[1].strip())) {
        problem = "'" + cols[1].strip() + "' is not a category id";
      } else if (map.putIfAbsent(cols[0].strip(), cols[1].strip()) != null) {
        problem = "'" + cols[0].strip() + "' is listed twice";
      }
      if (problem != null) {
        throw HashvetException.input(name + ":" + (i + 1) + ": " + problem);
      }
    }
    return new RiskLexicon(map);
  }

  /** Lower-case letters, with at most one inner apostrophe ("who's"); no regex on start-up. */
  private static boolean isWord(String w) {
    int apostrophes = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\'' && i > 0 && i < w.length() - 1) {
        apostrophes++;
      } else if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !w.isEmpty() && apostrophes <= 1;
  }

  private static boolean isCategory(String c) {
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if ((ch < 'a' || ch > 'z') && ch != '_') {
        return false;
      }
    }
    return !c.isEmpty();
  }

  /** The category of {@code word} (lower-case), if it is a risk word. */
  public Optional<String> category(String word) {
    return Optional.ofNullable(categories.get(word));
  }

  /** Every risk word, in file order. */
  public Set<String> words() {
    return categories.keySet();
  }

  /**
   * The risk word that {@code word} of a reading is: itself, or the owner of a possessive
   * ("whore's" is "whore").
   */
  Optional<String> riskWord(String word) {
    if (categories.containsKey(word)) {
      return Optional.of(word);
    }
    if (word.endsWith("'s")) {
      String owner = word.substring(0, word.length() - 2);
      return categories.containsKey(owner) ? Optional.of(owner) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Where each risk word occurs inside {@code folded}, as {start, end} pairs with the word. */
  List<Occurrence> occurrences(String folded) {
    List<Occurrence> out = new ArrayList<>();
    for (int at = 0; at < folded.length(); at++) {
      String[] words = byFirst.get(folded.charAt(at));
      if (words == null) {
        continue;
      }
      for (String w : words) {
        if (folded.startsWith(w, at)) {
          out.add(new Occurrence(w, at, at + w.length()));
        }
      }
    }
    return out;
  }

  /** A risk word found at {@code [start, end)} of a folded tag. */
  record Occurrence(String word, int start, int end) {}

  private static final class Bundled {
    static final RiskLexicon INSTANCE = load();

    private static RiskLexicon load() {
      return read(RESOURCE, "risk-words.tsv").with(read(SLANG_RESOURCE, "slang-words.tsv"));
    }

    private static RiskLexicon read(String resource, String name) {
      try (InputStream in = RiskLexicon.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
  }
}
