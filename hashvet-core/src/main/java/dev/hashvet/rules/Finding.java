package dev.hashvet.rules;

import dev.hashvet.garm.Garm;
import dev.hashvet.rules.evidence.Evidence;
import dev.hashvet.rules.evidence.Fields;
import dev.hashvet.rules.evidence.Remarks;

/**
 * One thing a rule found, with the evidence that shows it.
 *
 * @param rule the rule's stable id, e.g. "context.legal-proceedings"
 * @param category what kind of risk
 * @param severity how serious
 * @param message plain words a marketer understands
 * @param why a sentence on the risk
 * @param evidence what was matched
 * @param remarks what the rule and the brand profile add to the evidence
 * @param garm where it sits in the GARM framework (category and risk tier)
 */
public record Finding(
    String rule,
    Category category,
    Severity severity,
    String message,
    String why,
    Evidence evidence,
    Remarks remarks,
    Garm garm) {

  /** A finding without remarks whose GARM place follows from its category and severity. */
  public Finding(
      String rule,
      Category category,
      Severity severity,
      String message,
      String why,
      Evidence evidence) {
    this(rule, category, severity, message, why, evidence, Remarks.NONE,
        new Garm(category.garm(), severity.garmTier()));
  }

  /** This finding at severity {@code s}; its GARM place stays. */
  public Finding withSeverity(Severity s) {
    return new Finding(rule, category, s, message, why, evidence, remarks, garm);
  }

  /** This finding with the brand profile's {@code suitability} in its remarks. */
  public Finding withSuitability(String suitability) {
    return new Finding(rule, category, severity, message, why, evidence,
        remarks.withSuitability(suitability), garm);
  }

  /** Writes the evidence object the reports show: the evidence, then the remarks. */
  public void writeEvidence(Fields out) {
    evidence.write(out);
    remarks.write(out);
  }
}
