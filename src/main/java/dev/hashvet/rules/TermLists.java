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
 * examples:
 *   match: ["the jury is out"]
 *   no_match: ["a jurassic adventure"]
 * </pre>
 */
public final class TermLists {
  private static final Set<String> KEYS =
      Set.of("list", "lang", "description", "inflect", "terms", "examples");
  private static final Set<String> TERM_KEYS = Set.of("term", "forms");
  private static final Set<String> EXAMPLE_KEYS = Set.of("match", "no_match");

  private final Map<String, List<TermList>> byName = new LinkedHashMap<>();
  private boolean frozen;

  /** Adds the list in {@code doc}; a second list of the same name and language is an error. */
  public void add(YamlDoc doc) {
    add(parse(doc), doc);
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
  }

  /** Languages whose terms are inflected (see {@link #prepare}). */
  private final Set<String> prepared = ConcurrentHashMap.newKeySet();

  /** The sets of languages {@link #prepare} has been asked for, to answer repeats at once. */
  private final Set<Set<String>> preparedSets = ConcurrentHashMap.newKeySet();

  /**
   * Inflects and indexes, on all cores, every list that applies to a text in {@code languages}
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
        todo.parallelStream().forEach(TermList::index);
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

  static TermList parse(YamlDoc doc) {
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
    if (!terms.isArray() || terms.isEmpty()) {
      throw doc.error("/terms", "term list '" + name + "' has no terms");
    }
    List<TermList.Term> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      JsonNode t = terms.get(i);
      String p = "/terms/" + i;
      TermList.Term term;
      if (t.isValueNode()) {
        term = TermList.term(t.asText(), lang, inflect, List.of());
      } else if (t.isObject()) {
        doc.checkKeys(p, TERM_KEYS);
        List<String> forms = new ArrayList<>();
        t.path("forms").forEach(f -> forms.add(f.asText()));
        term = TermList.term(t.path("term").asText(""), lang, inflect, forms);
      } else {
        throw doc.error(p, "a term must be a string or {term, forms}");
      }
      if (term.isEmpty()) {
        throw doc.error(p, "empty term (no letters or digits)");
      }
      out.add(term);
    }
    JsonNode ex = root.path("examples");
    TermList.Examples examples = TermList.Examples.NONE;
    if (!ex.isMissingNode()) {
      doc.checkKeys("/examples", EXAMPLE_KEYS);
      examples = new TermList.Examples(strings(ex.path("match")), strings(ex.path("no_match")));
    }
    return new TermList(
        name, lang, root.path("description").asText(""), out, examples, doc.where("/list"));
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
