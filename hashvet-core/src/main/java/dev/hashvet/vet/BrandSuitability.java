package dev.hashvet.vet;

import dev.hashvet.garm.BrandProfile;
import dev.hashvet.garm.Suitability;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import java.util.Optional;

/**
 * Applies a brand profile's suitability to the findings of the rules: a finding's GARM category
 * and tier decide whether it blocks, needs a review or is information for this brand (a brewer's
 * mention of beer is information; beer aimed at children stays on the floor and blocks). A
 * changed finding says so in its evidence ({@code suitability}).
 */
final class BrandSuitability {
  private final BrandProfile profile;

  BrandSuitability(BrandProfile profile) {
    this.profile = profile;
  }

  /** {@code f} at the severity the profile gives its GARM category and tier. */
  Finding apply(Finding f) {
    Optional<Suitability.Level> level = profile.suitability().level(f.garm());
    if (level.isEmpty()) {
      return f;
    }
    Severity s = Severity.valueOf(level.get().name());
    if (s == f.severity()) {
      return f;
    }
    String where = profile.suitability().levels(f.garm().category())
        .map(l -> " (set at " + l.where() + ")").orElse("");
    String industry = profile.brand().industry().isEmpty() ? ""
        : " (industry " + profile.brand().industry() + ")";
    return f.withSeverity(s).withSuitability("the brand profile" + industry
        + " makes " + f.garm().label() + " " + s.id() + ", not " + f.severity().id() + where);
  }
}
