package dev.hashvet.garm;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a brand accepts, per GARM category: which tiers make a finding BLOCK and which REVIEW; a
 * tier in neither is information only. The floor always blocks. A category without settings
 * takes the {@code default} settings, and without those keeps the severity its rule gave.
 *
 * @param categories the settings of each category named
 * @param fallback the settings under {@code default}, if any
 */
public record Suitability(Map<GarmCategory, Levels> categories, Optional<Levels> fallback) {
  /** No settings: every finding keeps the severity its rule gave. */
  public static final Suitability NONE = new Suitability(Map.of(), Optional.empty());

  /** What a finding of a category and tier becomes. */
  public enum Level {
    INFO,
    REVIEW,
    BLOCK
  }

  /**
   * The settings of one category.
   *
   * @param block the tiers that block
   * @param review the tiers that need a review
   * @param where "file:line" of the settings, for the evidence of a changed finding
   */
  public record Levels(Set<GarmTier> block, Set<GarmTier> review, String where) {
    public Levels {
      block = Set.copyOf(block);
      review = Set.copyOf(review);
    }

    Level level(GarmTier tier) {
      if (tier == GarmTier.FLOOR || block.contains(tier)) {
        return Level.BLOCK;
      }
      return review.contains(tier) ? Level.REVIEW : Level.INFO;
    }
  }

  public Suitability {
    categories = Map.copyOf(categories);
  }

  public boolean isEmpty() {
    return categories.isEmpty() && fallback.isEmpty();
  }

  /** The settings that apply to {@code category}: its own, else the default, if any. */
  public Optional<Levels> levels(GarmCategory category) {
    Levels own = categories.get(category);
    return own != null ? Optional.of(own) : fallback;
  }

  /** What a finding at {@code garm} becomes, if these settings say (the floor always blocks). */
  public Optional<Level> level(Garm garm) {
    if (garm.tier() == GarmTier.FLOOR) {
      return Optional.of(Level.BLOCK);
    }
    return levels(garm.category()).map(l -> l.level(garm.tier()));
  }

  /** These settings over {@code base}: a category or default given here replaces the base's. */
  public Suitability over(Suitability base) {
    Map<GarmCategory, Levels> merged = new EnumMap<>(GarmCategory.class);
    merged.putAll(base.categories);
    merged.putAll(categories);
    return new Suitability(merged, fallback.isPresent() ? fallback : base.fallback);
  }

  /** The settings in GARM order, {@code default} last: for listings. */
  public Map<String, Levels> byId() {
    Map<String, Levels> out = new LinkedHashMap<>();
    for (GarmCategory c : GarmCategory.values()) {
      if (categories.containsKey(c)) {
        out.put(c.id(), categories.get(c));
      }
    }
    fallback.ifPresent(l -> out.put("default", l));
    return out;
  }
}
