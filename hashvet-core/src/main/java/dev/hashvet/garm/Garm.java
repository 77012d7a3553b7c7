package dev.hashvet.garm;

/**
 * Where a finding sits in the GARM framework: one of the twelve categories and a risk tier.
 *
 * @param category the GARM category
 * @param tier the risk tier
 */
public record Garm(GarmCategory category, GarmTier tier) {
  /** "arms/high": how reports show it in a line. */
  public String label() {
    return category.id() + "/" + tier.id();
  }
}
