package dev.hashvet.rules;

import dev.hashvet.garm.Garm;
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
 * @param garm where it sits in the GARM framework (category and risk tier)
 */
public record Finding(
    String rule,
    Category category,
    Severity severity,
    String message,
    String why,
    Map<String, Object> evidence,
    Garm garm) {
  public Finding {
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** A finding whose GARM place follows from its category and severity. */
  public Finding(
      String rule,
      Category category,
      Severity severity,
      String message,
      String why,
      Map<String, Object> evidence) {
    this(rule, category, severity, message, why, evidence,
        new Garm(category.garm(), severity.garmTier()));
  }

  /** This finding at severity {@code s}; its GARM place stays. */
  public Finding withSeverity(Severity s) {
    return new Finding(rule, category, s, message, why, evidence, garm);
  }

  /** This finding with {@code key: value} added to its evidence. */
  public Finding withEvidence(String key, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(evidence);
    more.put(key, value);
    return new Finding(rule, category, severity, message, why, more, garm);
  }
}
