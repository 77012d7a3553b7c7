package dev.hashvet.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing a rule found, with the evidence that shows it.
 *
 * @param rule the rule's stable id, e.g. "context.legal-proceedings"
 * @param category what kind of risk
 * @param severity how serious
 * @param message plain words a marketer understands
 * @param why a sentence on the risk
 * @param evidence what was matched: keys and values are plain JSON data (strings, numbers, booleans,
 *     lists and maps of those), in a stable order
 */
public record Finding(
    String rule,
    Category category,
    Severity severity,
    String message,
    String why,
    Map<String, Object> evidence) {
  public Finding {
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  public Finding withSeverity(Severity s) {
    return new Finding(rule, category, s, message, why, evidence);
  }
}
