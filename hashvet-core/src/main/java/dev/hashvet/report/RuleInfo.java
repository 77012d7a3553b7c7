package dev.hashvet.report;

import dev.hashvet.rules.Category;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Rule;
import dev.hashvet.rules.RuleExample;
import dev.hashvet.rules.Severity;
import java.util.List;

/**
 * A rule as machine reports describe it (SARIF's {@code tool.driver.rules}).
 *
 * @param id the rule id
 * @param category its category
 * @param severity its default severity
 * @param why the sentence on the risk
 * @param pack the pack it comes from, or ""
 * @param flags example posts it flags
 * @param passes example posts it lets pass
 */
public record RuleInfo(
    String id,
    Category category,
    Severity severity,
    String why,
    String pack,
    List<String> flags,
    List<String> passes) {
  public RuleInfo {
    flags = List.copyOf(flags);
    passes = List.copyOf(passes);
  }

  public static RuleInfo of(Rule r) {
    return new RuleInfo(r.id(), r.category(), r.severity(), r.why(), r.pack(),
        r.examples().stream().filter(RuleExample::flag).map(RuleExample::text).limit(3).toList(),
        r.examples().stream().filter(e -> !e.flag()).map(RuleExample::text).limit(3).toList());
  }

  /** What a finding tells of its rule, when the rule book is not at hand. */
  public static RuleInfo of(Finding f) {
    return new RuleInfo(f.rule(), f.category(), f.severity(), f.why(), "", List.of(), List.of());
  }
}
