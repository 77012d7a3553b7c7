package dev.hashvet.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.HashvetException;
import dev.hashvet.YamlDoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One emotion's cue lexicon, read from a YAML file under {@code text/tone/}: strong terms (one is
 * enough), weak terms (need a second cue), phrases in which a term is not a cue ("rip off"), and
 * the file's own examples. Terms are matched as whole-word sequences of the folded, tokenised text;
 * a multi-word term also matches a single run-together word ("#restinpeace", "#stay_safe"). A cue
 * right after a negation ("not scared", "no need to panic") does not count. Immutable.
 */
final class ToneLexicon {
  /** Weight of a term that decides on its own. */
  static final int STRONG = 2;

  /** Weight of a term that needs another cue of the same emotion. */
  static final int WEAK = 1;

  /** How many words before a cue are searched for a negation. */
  private static final int NEGATION_WINDOW = 2;

  private static final Set<String> KEYS =
      Set.of("tone", "description", "terms", "weak_terms", "not_in", "examples");
  private static final Set<String> EXAMPLE_KEYS = Set.of("match", "no_match");

  /** A term as written in the file, as word sequence, with its weight. */
  record Term(String text, List<String> words, int weight) {}

  /** A term found in a word list: words [start, end). */
  record Cue(Term term, int start, int end) {}

  private final String name;
  private final Tone tone;
  private final String description;
  private final List<Term> terms;
  private final Map<String, List<Term>> byFirstWord;
  private final Map<String, List<Term>> masksByFirstWord;
  private final List<String> matchExamples;
  private final List<String> noMatchExamples;

  private ToneLexicon(
      String name,
      Tone tone,
      String description,
      List<Term> terms,
      List<Term> masks,
      List<String> matchExamples,
      List<String> noMatchExamples) {
    this.name = name;
    this.tone = tone;
    this.description = description;
    this.terms = List.copyOf(terms);
    this.byFirstWord = index(terms, true);
    this.masksByFirstWord = index(masks, false);
    this.matchExamples = List.copyOf(matchExamples);
    this.noMatchExamples = List.copyOf(noMatchExamples);
  }

  /** Reads the bundled lexicon {@code /text/tone/<id>.yml}. */
  static ToneLexicon load(String id, TextNormalizer normalizer, Tokenizer tokenizer) {
    return parse(YamlDoc.resource("/text/tone/" + id + ".yml"), normalizer, tokenizer);
  }

  /**
   * Parses a lexicon file; a problem (unknown key, empty or duplicate term, tone that is not an
   * emotion) is a {@link HashvetException} naming file and line.
   */
  static ToneLexicon parse(
      String name, byte[] yaml, TextNormalizer normalizer, Tokenizer tokenizer) {
    return parse(YamlDoc.parse(name, yaml), normalizer, tokenizer);
  }

  private static ToneLexicon parse(YamlDoc doc, TextNormalizer normalizer, Tokenizer tokenizer) {
    if (!doc.root().isObject()) {
      throw doc.error("", "expected a mapping with tone, terms and examples");
    }
    doc.checkKeys("", KEYS);
    doc.checkKeys("/examples", EXAMPLE_KEYS);
    String toneId = text(doc, "/tone");
    Tone tone;
    try {
      tone = Tone.valueOf(toneId.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      tone = null;
    }
    if (tone == null || !tone.isDistress()) {
      throw doc.error("/tone", "tone must be grief, anger or fear, not '" + toneId + "'");
    }
    Set<String> seen = new HashSet<>();
    List<Term> terms = new ArrayList<>();
    terms.addAll(terms(doc, "/terms", STRONG, seen, normalizer, tokenizer));
    terms.addAll(terms(doc, "/weak_terms", WEAK, seen, normalizer, tokenizer));
    if (terms.isEmpty()) {
      throw doc.error("/terms", "no terms");
    }
    List<Term> masks = terms(doc, "/not_in", 0, new HashSet<>(), normalizer, tokenizer);
    String description = doc.root().path("description").asText("");
    return new ToneLexicon(
        doc.name(),
        tone,
        description.strip(),
        terms,
        masks,
        strings(doc, "/examples/match"),
        strings(doc, "/examples/no_match"));
  }

  String name() {
    return name;
  }

  Tone tone() {
    return tone;
  }

  String description() {
    return description;
  }

  List<Term> terms() {
    return terms;
  }

  List<String> matchExamples() {
    return matchExamples;
  }

  List<String> noMatchExamples() {
    return noMatchExamples;
  }

  /**
   * The cues in {@code words} (folded words in text order): at each place the longest term that
   * matches, skipping terms inside a {@code not_in} phrase and terms right after a negation.
   */
  List<Cue> cues(List<String> words) {
    int n = words.size();
    boolean[] masked = null;
    for (int i = 0; i < n; i++) {
      Term mask = longestAt(masksByFirstWord, words, i);
      if (mask != null) {
        if (masked == null) {
          masked = new boolean[n];
        }
        for (int k = i; k < i + mask.words().size(); k++) {
          masked[k] = true;
        }
      }
    }
    List<Cue> out = List.of();
    for (int i = 0; i < n; ) {
      Term term = longestAt(byFirstWord, words, i);
      if (term == null) {
        i++;
        continue;
      }
      int end = i + term.words().size();
      if (!isMasked(masked, i, end) && !negatedBefore(words, i)) {
        if (out.isEmpty()) {
          out = new ArrayList<>(2);
        }
        out.add(new Cue(term, i, end));
      }
      i = end;
    }
    return out;
  }

  private static boolean isMasked(boolean[] masked, int start, int end) {
    if (masked == null) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!masked[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean negatedBefore(List<String> words, int i) {
    for (int k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) {
      String w = words.get(k);
      // VADER's negations plus "no" ("no need to panic"); VADER treats "no" separately.
      if (ToneVader.negated(w) || w.equals("no")) {
        return true;
      }
    }
    return false;
  }

  private static Term longestAt(Map<String, List<Term>> index, List<String> words, int i) {
    List<Term> candidates = index.get(words.get(i));
    if (candidates == null) {
      return null;
    }
    // Candidates are sorted longest first, so the first that fits is the longest.
    for (Term t : candidates) {
      List<String> tw = t.words();
      if (i + tw.size() > words.size()) {
        continue;
      }
      boolean fits = true;
      for (int k = 1; k < tw.size() && fits; k++) {
        fits = tw.get(k).equals(words.get(i + k));
      }
      if (fits) {
        return t;
      }
    }
    return null;
  }

  private static Map<String, List<Term>> index(List<Term> terms, boolean joined) {
    Map<String, List<Term>> index = new HashMap<>();
    for (Term t : terms) {
      index.computeIfAbsent(t.words().get(0), k -> new ArrayList<>()).add(t);
      if (joined && t.words().size() > 1) {
        // Hashtags run words together: #RestInPeace, #stay_safe.
        for (String sep : new String[] {"", "_"}) {
          String one = String.join(sep, t.words());
          index
              .computeIfAbsent(one, k -> new ArrayList<>())
              .add(new Term(t.text(), List.of(one), t.weight()));
        }
      }
    }
    Map<String, List<Term>> out = new HashMap<>();
    for (Map.Entry<String, List<Term>> e : index.entrySet()) {
      List<Term> list = new ArrayList<>(e.getValue());
      list.sort(Comparator.comparingInt((Term t) -> t.words().size()).reversed());
      out.put(e.getKey(), List.copyOf(list));
    }
    return Map.copyOf(out);
  }

  private static List<Term> terms(
      YamlDoc doc,
      String pointer,
      int weight,
      Set<String> seen,
      TextNormalizer normalizer,
      Tokenizer tokenizer) {
    List<Term> out = new ArrayList<>();
    List<String> items = strings(doc, pointer);
    for (int k = 0; k < items.size(); k++) {
      String item = items.get(k);
      List<String> words = new ArrayList<>();
      for (Token t : tokenizer.words(normalizer.fold(item))) {
        words.add(t.word());
      }
      String where = pointer + "/" + k;
      if (words.isEmpty()) {
        throw doc.error(where, "term '" + item + "' has no words");
      }
      if (!seen.add(String.join(" ", words))) {
        throw doc.error(where, "term '" + item + "' is listed twice");
      }
      out.add(new Term(item, List.copyOf(words), weight));
    }
    return out;
  }

  private static List<String> strings(YamlDoc doc, String pointer) {
    JsonNode node = doc.root().at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw doc.error(pointer, "expected a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < node.size(); k++) {
      JsonNode item = node.get(k);
      if (!item.isTextual() || item.asText().isBlank()) {
        throw doc.error(pointer + "/" + k, "expected a non-empty string");
      }
      out.add(item.asText());
    }
    return out;
  }

  private static String text(YamlDoc doc, String pointer) {
    JsonNode node = doc.root().at(pointer);
    if (!node.isTextual()) {
      throw doc.error(pointer.isEmpty() ? "" : pointer, "missing '" + pointer.substring(1) + "'");
    }
    return node.asText();
  }
}
