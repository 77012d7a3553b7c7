package dev.hashvet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.YamlDoc;
import dev.hashvet.garm.GarmCategory;
import dev.hashvet.garm.GarmTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the rule packs of one book, in order: each pack's rules, with ids unique across the book.
 * Unknown keys, unknown categories, empty packs and rules without examples fail loudly, naming the
 * file and line.
 */
final class RulePackParser {
  private static final Set<String> PACK_KEYS = Set.of("pack", "description", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of("id", "category", "severity", "regions", "message", "why", "match", "examples",
          "garm");
  private static final Set<String> GARM_KEYS = Set.of("category", "tier");
  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

  private final Spec.Loading loading;
  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, Rule> byId = new LinkedHashMap<>();
  private final Map<String, String> packs = new LinkedHashMap<>();

  /** A parser whose rules read the term lists and matchers of {@code loading}. */
  RulePackParser(Spec.Loading loading) {
    this.loading = loading;
  }

  /** The rules of every pack parsed so far, in order. */
  List<Rule> rules() {
    return rules;
  }

  /** Pack names and their descriptions, in parse order. */
  Map<String, String> packs() {
    return packs;
  }

  /** Adds the rules of the pack in {@code doc}. */
  void parse(YamlDoc doc) {
    if (!doc.root().isObject()) {
      throw doc.error("", "a rule pack must be a mapping with 'pack' and 'rules'");
    }
    doc.checkKeys("", PACK_KEYS);
    Spec root = new Spec(doc, "", loading);
    String pack = root.string("pack");
    JsonNode list = doc.root().path("rules");
    if (!list.isArray() || list.isEmpty()) {
      throw doc.error("/rules", "pack '" + pack + "' has no rules");
    }
    for (int i = 0; i < list.size(); i++) {
      Rule rule = rule(root.child("rules").item(i), pack);
      Rule before = byId.putIfAbsent(rule.id(), rule);
      if (before != null) {
        throw doc.error("/rules/" + i + "/id",
            "rule id '" + rule.id() + "' is already defined at " + before.where());
      }
      rules.add(rule);
    }
    packs.put(pack, doc.root().path("description").asText(""));
  }

  private static Rule rule(Spec spec, String pack) {
    spec.keys(RULE_KEYS);
    String id = spec.string("id");
    if (!id.matches("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+")) {
      throw spec.error("id", "rule id '" + id + "' must look like 'context.legal-proceedings'");
    }
    String cat = spec.string("category");
    Category category = Category.parse(cat).orElseThrow(() -> spec.error("category",
        "unknown category '" + cat + "' (see docs/rules.md for the list)"));
    Severity severity = spec.severity("severity")
        .orElseThrow(() -> spec.error("missing required key 'severity'"));
    List<String> regions = new ArrayList<>();
    for (String r : spec.strings("regions")) {
      String code = r.toUpperCase(Locale.ROOT);
      if (!REGIONS.contains(code)) {
        throw spec.error("regions", "unknown region code '" + r + "'");
      }
      regions.add(code);
    }
    String message = spec.string("message");
    String why = spec.string("why");
    Matcher matcher = spec.matcher("match");
    List<RuleExample> examples = RuleExampleReader.examples(spec, id);
    return new Rule(id, category, severity, regions, message, why, matcher, examples, pack,
        spec.where(), garm(spec, severity));
  }

  /** {@code garm: {category, tier}}: both optional; a floor tier needs severity block. */
  private static GarmSetting garm(Spec spec, Severity severity) {
    if (!spec.has("garm")) {
      return GarmSetting.NONE;
    }
    Spec g = spec.child("garm");
    g.keys(GARM_KEYS);
    Optional<GarmCategory> category = g.optString("category").map(c -> GarmCategory.parse(c)
        .orElseThrow(() -> g.error("category", "unknown GARM category '" + c + "' (known: "
            + GarmCategory.ids() + ")")));
    Optional<GarmTier> tier = g.optString("tier").map(t -> GarmTier.parse(t)
        .orElseThrow(() -> g.error("tier", "unknown GARM tier '" + t
            + "' (known: floor, high, medium, low)")));
    if (tier.equals(Optional.of(GarmTier.FLOOR)) && severity != Severity.BLOCK) {
      throw g.error("tier", "a rule on the GARM floor must have severity block");
    }
    return new GarmSetting(category, tier);
  }
}
