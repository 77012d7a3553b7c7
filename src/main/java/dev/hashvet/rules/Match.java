package dev.hashvet.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a matcher found: the evidence to show, the values for the rule's message template, and
 * optionally a severity that replaces the rule's own (context shares and dates decide their own).
 *
 * @param evidence JSON-ready evidence, in a stable order
 * @param vars values for ${name} placeholders in the rule's message
 * @param severity a severity decided by the matcher, or empty to keep the rule's
 */
public record Match(Map<String, Object> evidence, Map<String, String> vars, Optional<Severity> severity) {
  public Match {
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
  }

  public Match(Map<String, Object> evidence, Map<String, String> vars) {
    this(evidence, vars, Optional.empty());
  }
}
