package dev.hashvet.rules;

import dev.hashvet.rules.evidence.Evidence;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a matcher found: the evidence to show, the values for the rule's message template, and
 * optionally a severity that replaces the rule's own (context shares and dates decide their own).
 *
 * @param evidence what it found
 * @param vars values for ${name} placeholders in the rule's message
 * @param severity a severity decided by the matcher, or empty to keep the rule's
 * @param cap the highest severity the finding may have (a generic word: see {@link Sense#cap}),
 *     or empty for none
 * @param from index of the first word of the text it found, or -1 when it is not in the text (a
 *     tag, a date, the context)
 * @param to index after the last word of the text it found, or -1
 */
public record Match(Evidence evidence, Map<String, String> vars,
    Optional<Severity> severity, Optional<Severity> cap, int from, int to) {
  public Match {
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
  }

  public Match(Evidence evidence, Map<String, String> vars, Optional<Severity> severity) {
    this(evidence, vars, severity, Optional.empty(), -1, -1);
  }

  public Match(Evidence evidence, Map<String, String> vars) {
    this(evidence, vars, Optional.empty());
  }

  /** Whether it found words of the text (so a combination's scope applies to it). */
  public boolean inText() {
    return from >= 0;
  }

  /** {@code severity} capped by {@link #cap}. */
  Severity capped(Severity severity) {
    return cap.isPresent() && severity.compareTo(cap.get()) > 0 ? cap.get() : severity;
  }

  /** The lower of two caps (empty is no cap). */
  static Optional<Severity> lowerCap(Optional<Severity> a, Optional<Severity> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().compareTo(b.get()) <= 0 ? a : b;
  }
}
