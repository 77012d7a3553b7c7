package dev.hashvet.rules;

import dev.hashvet.garm.GarmTier;
import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. The verdict is the highest severity among the findings. */
public enum Severity {
  INFO,
  REVIEW,
  BLOCK;

  /** The lower-case name used in rule files and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The GARM tier of a finding whose rule sets none: block is high risk, review medium, info low.
   * Only a rule can put a finding on the floor.
   */
  public GarmTier garmTier() {
    return switch (this) {
      case BLOCK -> GarmTier.HIGH;
      case REVIEW -> GarmTier.MEDIUM;
      case INFO -> GarmTier.LOW;
    };
  }

  public Severity raise() {
    return this == INFO ? REVIEW : BLOCK;
  }

  public Severity lower() {
    return this == BLOCK ? REVIEW : INFO;
  }

  public static Severity max(Severity a, Severity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The severity named {@code id} ("info", "review", "block"), if any. */
  public static Optional<Severity> parse(String id) {
    for (Severity s : values()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
