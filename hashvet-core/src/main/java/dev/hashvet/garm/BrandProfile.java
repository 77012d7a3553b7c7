package dev.hashvet.garm;

/**
 * A brand's profile from the config: who it is and what it accepts. The suitability is the
 * industry preset's with the config's own {@code suitability:} settings over it.
 *
 * @param brand who the brand is
 * @param suitability what it accepts, per GARM category
 */
public record BrandProfile(Brand brand, Suitability suitability) {
  /** No profile: findings keep the severities their rules gave. */
  public static final BrandProfile NONE = new BrandProfile(Brand.NONE, Suitability.NONE);

  public boolean isEmpty() {
    return brand.isEmpty() && suitability.isEmpty();
  }
}
