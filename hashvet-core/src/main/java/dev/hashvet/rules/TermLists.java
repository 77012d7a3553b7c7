package dev.hashvet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.YamlDoc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All term lists in force, by name (a name may have one list per language). Term-list files look
 * like this:
 *
 * <pre>
 * list: legal            # the name rules refer to
 * lang: en               # ISO 639-1
 * description: Trials, verdicts and courts.
 * inflect: true          # add regular inflections (default true)
 * terms:
 *   - verdict
 *   - not guilty
 *   - {term: convict, forms: [convicted]}
 *   - {term: crash, ambiguous: true, risky: [plane], benign: [market]}
 * senses: {window: 8, risky: [victims], benign: [league]}   # cues for ambiguous terms
 * exclude: [crash course]   # idioms: no term of this language is a hit inside one
 * examples:
 *   match: ["the jury is out"]
 *   no_match: ["a jurassic adventure"]
 * </pre>
 */
public final class TermLists {
  private static final Set<String> KEYS = Set.of(
      "list", "lang", "description", "inflect", "terms", "senses", "exclude", "examples");
  private static final Set<String> TERM_KEYS =
      Set.of("term", "forms", "ambiguous", "risky", "benign");
  private static final Set<String> SENSE_KEYS = Set.of("window", "risky", "benign");
  private static final Set<String> EXAMPLE_KEYS = Set.of("match", "no_match");
  private static final int MAX_WINDOW = 30;

  private final Map<String, List<TermList>> byName = new LinkedHashMap<>();

  /** The idioms of every list, by language: they apply to every list of that language. */
  private final Map<String, Phrases> idioms = new LinkedHashMap<>();
  private boolean frozen;

  /**
   * Adds the list in {@code doc}, whose terms work out their forms (no image); a second list of
   * the same name and language is an error.
   */
  public void add(YamlDoc doc) {
    add(parse(doc, null), doc);
  }

  /** No more lists: the lists of a rule book, which may be shared between threads. */
  void freeze() {
    frozen = true;
  }

  /** Adds {@code list}, already parsed from {@code doc}. */
  void add(TermList list, YamlDoc doc) {
    if (frozen) {
      throw new IllegalStateException("the term lists of a rule book cannot change");
    }
    List<TermList> named = byName.computeIfAbsent(list.name(), k -> new ArrayList<>());
    for (TermList other : named) {
      if (other.lang().equals(list.lang())) {
        throw doc.error("/list", "term list '" + list.name() + "' (" + list.lang()
            + ") is already defined at " + other.where());
      }
    }
    named.add(list);
    if (!list.exclusions().isEmpty()) {
      idioms.merge(list.lang(), list.exclusions(), Phrases::plus);
    }
  }

  /** A term set of {@code lists} that knows the idioms of every list here. */
  public TermSet setOf(java.util.Collection<TermList> lists) {
    return new TermSet(lists, this::idioms);
  }

  /** The idioms declared for {@code lang} by any list ({@code exclude:}). */
  Phrases idioms(String lang) {
    return idioms.getOrDefault(lang, Phrases.NONE);
  }

  /** Languages whose terms are inflected (see {@link #prepare}). */
  private final Set<String> prepared = ConcurrentHashMap.newKeySet();

  /** The sets of languages {@link #prepare} has been asked for, to answer repeats at once. */
  private final Set<Set<String>> preparedSets = ConcurrentHashMap.newKeySet();

  /**
   * Indexes (from the images of the bundled lists, else from the terms), on all cores, every list that applies to a text in {@code languages}
   * (see {@link TermSet#applies}), unless done before: lists are indexed on first use, and a text
   * in a new language (or in none detected: every language) would otherwise index them one at a
   * time, rule by rule.
   */
  void prepare(Set<String> languages) {
    if (preparedSets.contains(languages)) {
      return;
    }
    List<TermList> todo = new ArrayList<>();
    Set<String> langs = new java.util.HashSet<>();
    for (List<TermList> named : byName.values()) {
      for (TermList l : named) {
        if (!prepared.contains(l.lang()) && TermSet.applies(l.lang(), languages)) {
          todo.add(l);
          langs.add(l.lang());
        }
      }
    }
    if (!todo.isEmpty()) {
      synchronized (this) {
        // Bundled lists take their index from their language's image; others are indexed here.
        Map<String, List<TermList>> byLang = new LinkedHashMap<>();
        todo.forEach(l -> byLang.computeIfAbsent(l.lang(), k -> new ArrayList<>()).add(l));
        byLang.entrySet().parallelStream().forEach(e -> {
          IndexImage.read(e.getKey(), e.getValue()).forEach(TermList::indexed);
          e.getValue().forEach(TermList::index);
        });
        prepared.addAll(langs);
      }
    }
    if (preparedSets.size() < 1024) {
      preparedSets.add(Set.copyOf(languages));
    }
  }

  /** The lists called {@code name}, one per language; empty when unknown. */
  public List<TermList> named(String name) {
    return byName.getOrDefault(name, List.of());
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  public List<TermList> all() {
    List<TermList> out = new ArrayList<>();
    byName.values().forEach(out::addAll);
    return Collections.unmodifiableList(out);
  }

  /**
   * The term list in {@code doc}; its terms read their forms from {@code image} when it holds
   * them (null: no image).
   */
  static TermList parse(YamlDoc doc, FormsImage image) {
    JsonNode root = doc.root();
    if (!root.isObject()) {
      throw doc.error("", "a term list file must be a mapping with 'list', 'lang' and 'terms'");
    }
    doc.checkKeys("", KEYS);
    String name = text(doc, "/list");
    String lang = text(doc, "/lang");
    if (!lang.matches("[a-z]{2,3}(-[a-z]+)?")) {
      throw doc.error("/lang", "lang must be a language code such as en, not '" + lang + "'");
    }
    boolean inflect = root.path("inflect").asBoolean(true);
    JsonNode terms = root.path("terms");
    boolean idiomsOnly = terms.isMissingNode() && root.path("exclude").isArray();
    if (!idiomsOnly && (!terms.isArray() || terms.isEmpty())) {
      throw doc.error("/terms", "term list '" + name + "' has no terms (a file of idioms alone"
          + " has 'exclude' and no 'terms')");
    }
    List<TermList.Term> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      JsonNode t = terms.get(i);
      String p = "/terms/" + i;
      out.add(term(doc, p, t, lang, inflect, true, image));
    }
    TermList.Senses senses = TermList.Senses.NONE;
    JsonNode sn = root.path("senses");
    if (!sn.isMissingNode()) {
      doc.checkKeys("/senses", SENSE_KEYS);
      int window = sn.path("window").asInt(TermList.Senses.DEFAULT_WINDOW);
      if (window < 1 || window > MAX_WINDOW) {
        throw doc.error("/senses/window", "window must be a whole number of words from 1 to "
            + MAX_WINDOW);
      }
      senses = new TermList.Senses(window, phrases(doc, "/senses", sn, "risky", lang, image),
          phrases(doc, "/senses", sn, "benign", lang, image));
    }
    List<TermList.Term> exclude = new ArrayList<>();
    JsonNode ex0 = root.path("exclude");
    if (!ex0.isMissingNode()) {
      if (!ex0.isArray() || ex0.isEmpty()) {
        throw doc.error("/exclude", "exclude takes a list of phrases");
      }
      for (int i = 0; i < ex0.size(); i++) {
        exclude.add(term(doc, "/exclude/" + i, ex0.get(i), lang, inflect, false, image));
      }
    }
    JsonNode ex = root.path("examples");
    TermList.Examples examples = TermList.Examples.NONE;
    if (!ex.isMissingNode()) {
      doc.checkKeys("/examples", EXAMPLE_KEYS);
      examples = new TermList.Examples(strings(ex.path("match")), strings(ex.path("no_match")));
    }
    return new TermList(name, lang, root.path("description").asText(""), out, examples,
        doc.where("/list"), senses, new Phrases(exclude));
  }

  /** A term at {@code p}: a string, or {term, forms} (with sense keys where {@code senses}). */
  private static TermList.Term term(YamlDoc doc, String p, JsonNode t, String lang,
      boolean inflect, boolean senses, FormsImage image) {
    TermList.Term term;
    if (t.isValueNode()) {
      term = TermList.term(t.asText(), lang, inflect, List.of(), false, Phrases.NONE,
          Phrases.NONE, image);
    } else if (t.isObject()) {
      doc.checkKeys(p, senses ? TERM_KEYS : Set.of("term", "forms"));
      List<String> forms = new ArrayList<>();
      t.path("forms").forEach(f -> forms.add(f.asText()));
      JsonNode amb = t.path("ambiguous");
      if (!amb.isMissingNode() && !amb.isBoolean()) {
        throw doc.error(p + "/ambiguous", "ambiguous is true or false");
      }
      Phrases risky = phrases(doc, p, t, "risky", lang, image);
      Phrases benign = phrases(doc, p, t, "benign", lang, image);
      boolean ambiguous = amb.asBoolean(false) || !risky.isEmpty() || !benign.isEmpty();
      term = TermList.term(t.path("term").asText(""), lang, inflect, forms, ambiguous, risky,
          benign, image);
    } else {
      throw doc.error(p, "a term must be a string or {term, forms}");
    }
    if (term.isEmpty()) {
      throw doc.error(p, "empty term (no letters or digits)");
    }
    return term;
  }

  /**
   * Cue words and phrases under {@code key} of {@code parent} (the node at {@code at}; a list of
   * strings), inflected like terms.
   */
  private static Phrases phrases(YamlDoc doc, String at, JsonNode parent, String key,
      String lang, FormsImage image) {
    JsonNode n = parent.path(key);
    if (n.isMissingNode()) {
      return Phrases.NONE;
    }
    String pointer = at + "/" + key;
    if (!n.isArray()) {
      throw doc.error(pointer, "expected a list of words or phrases");
    }
    List<TermList.Term> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode c = n.get(i);
      TermList.Term cue = TermList.term(c.asText(""), lang, true, List.of(), false, Phrases.NONE,
          Phrases.NONE, image);
      if (!c.isValueNode() || cue.isEmpty()) {
        throw doc.error(pointer + "/" + i, "a cue is a word or phrase");
      }
      out.add(cue);
    }
    return new Phrases(out);
  }

  private static String text(YamlDoc doc, String pointer) {
    JsonNode n = doc.root().at(pointer);
    if (!n.isValueNode() || n.asText().isBlank()) {
      throw doc.error(pointer, "missing required key '" + pointer.substring(1) + "'");
    }
    return n.asText();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(e -> out.add(e.asText()));
    return out;
  }
}
