package dev.hashvet.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The sense a term was found in, told by the words around it (a term list's {@code senses} and a
 * term's {@code ambiguous}, {@code risky} and {@code benign} keys; see docs/rules.md, "Senses").
 * An ambiguous term with a cue of a harmless sense and none of its risky sense is no hit at all.
 */
public enum Sense {
  /** An unambiguous term ("massacre", "mass shooting"): its risky sense, never capped. */
  SPECIFIC,
  /** An ambiguous term with a cue of its risky sense nearby: risky, but generic. */
  RISKY,
  /** An ambiguous term with nothing around it that tells its sense. */
  UNCLEAR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The highest severity a finding resting on a term in this sense may have: generic words alone
   * never BLOCK (review at most in their risky sense, info when unclear).
   */
  public Optional<Severity> cap() {
    return switch (this) {
      case SPECIFIC -> Optional.empty();
      case RISKY -> Optional.of(Severity.REVIEW);
      case UNCLEAR -> Optional.of(Severity.INFO);
    };
  }

  /** The stronger of two senses (the one with the higher cap). */
  static Sense strongest(Sense a, Sense b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
