package dev.hashvet.garm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.YamlDoc;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code brand:} and {@code suitability:} of a config file or an industry preset, with
 * errors that name the file, line and key:
 *
 * <pre>
 * brand:
 *   name: Hopfield Brewing
 *   handles: ["@hopfieldbrew"]
 *   tags: [hopfieldsummer]
 *   industry: alcohol                 # a preset (Industries): its suitability is the base
 * suitability:                        # per GARM category, or default; over the preset's
 *   drugs_alcohol: {block: [high], review: []}
 *   default: {block: [high], review: [medium]}
 * </pre>
 */
public final class ProfileReader {
  /** The keys under {@code brand:}. */
  public static final Set<String> BRAND_KEYS = Set.of("name", "handles", "tags", "industry");

  private static final Set<String> LEVEL_KEYS = Set.of("block", "review");

  private ProfileReader() {}

  /** The profile in {@code doc} (absent keys: none), with the named industry's preset under it. */
  public static BrandProfile read(YamlDoc doc) {
    Brand brand = brand(doc);
    Suitability own = suitability(doc);
    if (brand.industry().isEmpty()) {
      return new BrandProfile(brand, own);
    }
    if (!Industries.names().contains(brand.industry())) {
      throw doc.error("/brand/industry", "unknown industry '" + brand.industry() + "' (known: "
          + String.join(", ", Industries.names()) + ")");
    }
    return new BrandProfile(brand, own.over(Industries.suitability(brand.industry())));
  }

  private static Brand brand(YamlDoc doc) {
    JsonNode n = doc.root().path("brand");
    if (n.isMissingNode() || n.isNull()) {
      return Brand.NONE;
    }
    if (!n.isObject()) {
      throw doc.error("/brand", "brand must be a mapping {name, handles, tags, industry}");
    }
    doc.checkKeys("/brand", BRAND_KEYS);
    String name = text(doc, "/brand/name");
    List<String> handles = new ArrayList<>();
    for (String h : strings(doc, "/brand/handles")) {
      handles.add(h.replaceFirst("^[@＠]", ""));
    }
    List<String> tags = new ArrayList<>();
    for (String t : strings(doc, "/brand/tags")) {
      tags.add(t.replaceFirst("^[#＃]", ""));
    }
    return new Brand(name, handles, tags, text(doc, "/brand/industry"));
  }

  /** The {@code suitability:} settings of {@code doc}, without any preset. */
  static Suitability suitability(YamlDoc doc) {
    JsonNode n = doc.root().path("suitability");
    if (n.isMissingNode() || n.isNull()) {
      return Suitability.NONE;
    }
    if (!n.isObject()) {
      throw doc.error("/suitability",
          "suitability must be a mapping of GARM categories (or default) to {block, review}");
    }
    Set<String> known = new LinkedHashSet<>();
    for (GarmCategory c : GarmCategory.values()) {
      known.add(c.id());
    }
    known.add("default");
    doc.checkKeys("/suitability", known);
    Map<GarmCategory, Suitability.Levels> out = new EnumMap<>(GarmCategory.class);
    Optional<Suitability.Levels> fallback = Optional.empty();
    for (var it = n.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      Suitability.Levels levels = levels(doc, "/suitability/" + YamlDoc.escape(key), key);
      if (key.equals("default")) {
        fallback = Optional.of(levels);
      } else {
        out.put(GarmCategory.parse(key).orElseThrow(), levels);
      }
    }
    return new Suitability(out, fallback);
  }

  private static Suitability.Levels levels(YamlDoc doc, String p, String key) {
    JsonNode n = doc.root().at(p);
    if (!n.isObject()) {
      throw doc.error(p, "suitability of '" + key + "' must be a mapping {block: [tiers], review:"
          + " [tiers]}");
    }
    doc.checkKeys(p, LEVEL_KEYS);
    Set<GarmTier> block = tiers(doc, p + "/block");
    Set<GarmTier> review = tiers(doc, p + "/review");
    if (review.contains(GarmTier.FLOOR)) {
      throw doc.error(p + "/review", "'floor' always blocks; it cannot be a review tier");
    }
    for (GarmTier t : review) {
      if (block.contains(t)) {
        throw doc.error(p + "/review", "tier '" + t.id() + "' is both in block and in review");
      }
    }
    return new Suitability.Levels(block, review, doc.where(p));
  }

  private static Set<GarmTier> tiers(YamlDoc doc, String p) {
    Set<GarmTier> out = EnumSet.noneOf(GarmTier.class);
    List<String> items = strings(doc, p);
    for (int i = 0; i < items.size(); i++) {
      String id = items.get(i);
      GarmTier t = GarmTier.parse(id).orElseThrow(() -> doc.error(p,
          "unknown tier '" + id + "' (known: floor, high, medium, low)"));
      out.add(t);
    }
    return out;
  }

  private static String text(YamlDoc doc, String p) {
    JsonNode n = doc.root().at(p);
    if (n.isMissingNode() || n.isNull()) {
      return "";
    }
    if (!n.isValueNode() || n.asText().isBlank()) {
      throw doc.error(p, "expected a non-empty string");
    }
    return n.asText().strip();
  }

  private static List<String> strings(YamlDoc doc, String p) {
    JsonNode n = doc.root().at(p);
    List<String> out = new ArrayList<>();
    if (n.isMissingNode() || n.isNull()) {
      return out;
    }
    if (n.isValueNode()) {
      if (n.asText().isBlank()) {
        throw doc.error(p, "expected a non-empty string or a list of strings");
      }
      out.add(n.asText().strip());
      return out;
    }
    if (!n.isArray()) {
      throw doc.error(p, "expected a list of strings");
    }
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isValueNode() || n.get(i).asText().isBlank()) {
        throw doc.error(p + "/" + i, "expected a non-empty string");
      }
      out.add(n.get(i).asText().strip());
    }
    return out;
  }
}
