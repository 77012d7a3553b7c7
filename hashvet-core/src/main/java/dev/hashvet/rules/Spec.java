package dev.hashvet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.HashvetException;
import dev.hashvet.YamlDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A part of a rule file being read: the YAML node at a JSON pointer, with typed getters whose
 * errors name the file, line and key. Matcher classes read their settings through it.
 */
public final class Spec {
  private final YamlDoc doc;
  private final String pointer;
  private final Loading loading;

  Spec(YamlDoc doc, String pointer, Loading loading) {
    this.doc = doc;
    this.pointer = pointer;
    this.loading = loading;
  }

  /** What a matcher may need while it is built: the term lists and the matcher kinds. */
  /**
   * What rules are built with: the term lists, the matcher kinds, and the term sets made so far
   * (rules that name the same lists share one set, and so its lookups and what it found in a text).
   */
  record Loading(TermLists terms, Matchers matchers, Map<List<TermList>, TermSet> sets) {
    Loading(TermLists terms, Matchers matchers) {
      this(terms, matchers, new HashMap<>());
    }
  }

  public JsonNode node() {
    return doc.root().at(pointer);
  }

  public String pointer() {
    return pointer;
  }

  /** "file:line" of this node. */
  public String where() {
    return doc.where(pointer);
  }

  public Spec child(String key) {
    return new Spec(doc, pointer + "/" + YamlDoc.escape(key), loading);
  }

  public Spec item(int index) {
    return new Spec(doc, pointer + "/" + index, loading);
  }

  public boolean has(String key) {
    JsonNode n = node().get(key);
    return n != null && !n.isNull();
  }

  /** Fails on the first key not in {@code known}. */
  public void keys(Set<String> known) {
    if (!node().isObject()) {
      throw error("expected a mapping with keys " + String.join(", ", known));
    }
    doc.checkKeys(pointer, known);
  }

  public HashvetException error(String message) {
    return doc.error(pointer, message);
  }

  public HashvetException error(String key, String message) {
    return doc.error(pointer + "/" + YamlDoc.escape(key), message);
  }

  /** A required non-blank string. */
  public String string(String key) {
    return optString(key).orElseThrow(() -> error("missing required key '" + key + "'"));
  }

  public Optional<String> optString(String key) {
    JsonNode n = node().get(key);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isValueNode() || n.asText().isBlank()) {
      throw error(key, "'" + key + "' must be a non-empty string");
    }
    return Optional.of(n.asText());
  }

  /** A list of strings (a single string counts as a list of one); empty when absent. */
  public List<String> strings(String key) {
    JsonNode n = node().get(key);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isValueNode()) {
      out.add(n.asText());
      return out;
    }
    if (!n.isArray()) {
      throw error(key, "'" + key + "' must be a list of strings");
    }
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      if (!e.isValueNode() || e.asText().isBlank()) {
        throw doc.error(pointer + "/" + key + "/" + i, "'" + key + "' items must be non-empty strings");
      }
      out.add(e.asText());
    }
    return out;
  }

  public double number(String key, double fallback) {
    JsonNode n = node().get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.isNumber()) {
      throw error(key, "'" + key + "' must be a number");
    }
    return n.asDouble();
  }

  public int integer(String key, int fallback) {
    JsonNode n = node().get(key);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.canConvertToInt() || !n.isIntegralNumber()) {
      throw error(key, "'" + key + "' must be a whole number");
    }
    return n.asInt();
  }

  public Optional<Severity> severity(String key) {
    return optString(key)
        .map(
            s ->
                Severity.parse(s)
                    .orElseThrow(
                        () -> error(key, "'" + key + "' must be info, review or block, not '" + s + "'")));
  }

  /** The matcher described by the mapping under {@code key} (one matcher kind as its only key). */
  public Matcher matcher(String key) {
    if (!has(key)) {
      throw error("missing required key '" + key + "'");
    }
    return loading.matchers().build(child(key));
  }

  /** The matchers of the list under {@code key}. */
  public List<Matcher> matchers(String key) {
    JsonNode n = node().get(key);
    if (n == null || !n.isArray() || n.isEmpty()) {
      throw error(key, "'" + key + "' must be a non-empty list of matchers");
    }
    List<Matcher> out = new ArrayList<>();
    Spec list = child(key);
    for (int i = 0; i < n.size(); i++) {
      out.add(loading.matchers().build(list.item(i)));
    }
    return out;
  }

  /**
   * The terms named by {@code lists} (term list names) and written inline under {@code terms};
   * at least one term in all, or an error.
   */
  public TermSet termSet() {
    List<String> lists = strings("lists");
    List<TermList> found = new ArrayList<>();
    for (String name : lists) {
      List<TermList> named = loading.terms().named(name);
      if (named.isEmpty()) {
        throw error("lists", "unknown term list '" + name + "' (known: "
            + String.join(", ", loading.terms().names()) + ")");
      }
      found.addAll(named);
    }
    List<String> inline = strings("terms");
    if (!inline.isEmpty()) {
      String lang = optString("lang").orElse("en");
      found.add(TermList.inline(where(), lang, inline));
    }
    if (found.isEmpty()) {
      throw error("needs 'lists' (term list names) or 'terms' (inline terms)");
    }
    if (!inline.isEmpty()) {
      return loading.terms().setOf(found);
    }
    TermSet before = loading.sets().get(found);
    if (before != null) {
      before.share();
      return before;
    }
    TermSet set = loading.terms().setOf(found);
    loading.sets().put(List.copyOf(found), set);
    return set;
  }

  /** The names of this mapping's keys, in file order. */
  public List<String> keyNames() {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = node().fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  YamlDoc doc() {
    return doc;
  }

  Loading loading() {
    return loading;
  }
}
