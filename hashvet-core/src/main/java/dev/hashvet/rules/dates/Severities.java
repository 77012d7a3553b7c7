package dev.hashvet.rules.dates;

import dev.hashvet.rules.Severity;
import java.util.Optional;

/**
 * How serious a post on an observance is.
 *
 * @param promo for a plainly promotional post: info (a public holiday, where offers are usual),
 *     review or block
 * @param plain for any other post: info or review, or empty for none (no finding)
 */
public record Severities(Severity promo, Optional<Severity> plain) {
  public Severities {
    if (plain.isPresent() && plain.get().compareTo(promo) > 0) {
      throw new IllegalArgumentException("plain is never above promo");
    }
    if (plain.isPresent() && plain.get() == Severity.BLOCK) {
      throw new IllegalArgumentException("plain is none, info or review");
    }
  }

  /** "none" for an empty plain severity, else its id. */
  public String plainId() {
    return plain.map(Severity::id).orElse("none");
  }
}
