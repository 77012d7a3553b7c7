package dev.hashvet.rules;

import dev.hashvet.HashvetException;
import dev.hashvet.rules.evidence.Evidence;
import dev.hashvet.rules.evidence.Remarks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.StringSubstitutor;

/**
 * One rule of a pack: what to look for, how serious it is, and how to say it.
 *
 * @param id stable id, e.g. "context.legal-proceedings"
 * @param category the category of its findings
 * @param severity the severity of its findings unless the matcher decides one
 * @param regions the markets it is for (empty: every market)
 * @param message template of the finding's message (${term}, ${tag}, ${share}, ...)
 * @param why a sentence on the risk
 * @param matcher what it looks for
 * @param examples its must-flag and must-pass cases
 * @param pack the pack it belongs to
 * @param where "file:line" of its definition
 * @param garm its {@code garm:} setting (GARM category and tier), or {@link GarmSetting#NONE}
 */
public record Rule(
    String id,
    Category category,
    Severity severity,
    List<String> regions,
    String message,
    String why,
    Matcher matcher,
    List<RuleExample> examples,
    String pack,
    String where,
    GarmSetting garm) {
  private static final int MAX_ALSO = 5;

  public Rule {
    regions = List.copyOf(regions);
    examples = List.copyOf(examples);
  }

  /** The finding of this rule for {@code subject}, if it matches. */
  public Optional<Finding> apply(Subject subject) {
    List<String> hitRegions = List.of();
    boolean capAtReview = false;
    if (!regions.isEmpty()) {
      if (subject.isGlobal()) {
        // A global post reaches every market, but only at review level: the user did not say it
        // targets this one.
        capAtReview = true;
        hitRegions = regions;
      } else {
        hitRegions = targeted(subject.regions());
        if (hitRegions.isEmpty()) {
          return Optional.empty();
        }
      }
    }
    List<Match> matches;
    try {
      matches = matcher.match(subject);
    } catch (BudgetedText.Exceeded e) {
      throw HashvetException.input("rule " + id + ": its regex gave up on this text ("
          + e.getMessage() + "); no finding from it",
          "rewrite the pattern without nested or overlapping repeats such as (a|a)*");
    }
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    Match first = matches.get(0);
    Severity decided = first.severity().orElse(severity);
    Severity s = first.capped(decided);
    if (capAtReview && s == Severity.BLOCK) {
      s = Severity.REVIEW;
    }
    Optional<String> capped = Optional.empty();
    if (s != decided && first.cap().isPresent()) {
      capped = Optional.of("at " + s.id() + ": the words that matched have a harmless sense"
          + " too, and nothing specific (a named event, a date, the live conversation) anchors"
          + " them");
    }
    Optional<String> firstSpan = first.evidence().value("span");
    Set<String> also = new LinkedHashSet<>();
    for (Match m : matches.subList(1, matches.size())) {
      Optional<String> span = m.evidence().value("span").or(() -> m.evidence().value("tag"));
      if (span.isPresent() && !span.equals(firstSpan)) {
        also.add(span.get());
      }
    }
    Evidence evidence = first.evidence();
    List<String> markets = hitRegions;
    if (!hitRegions.isEmpty()) {
      // Evidence with markets of its own (a date's) names the rule's there.
      Optional<Evidence> own = evidence.withRegions(hitRegions);
      if (own.isPresent()) {
        evidence = own.get();
        markets = List.of();
      }
    }
    Remarks remarks = new Remarks(capped,
        new ArrayList<>(also).subList(0, Math.min(MAX_ALSO, also.size())), markets,
        Optional.empty());
    Map<String, String> vars = new LinkedHashMap<>(first.vars());
    vars.putIfAbsent("tag", subject.tags().isEmpty() ? "these words" : "#" + subject.tags().get(0).tag());
    vars.putIfAbsent("regions", String.join(", ", hitRegions.isEmpty() ? subject.regions() : hitRegions));
    vars.putIfAbsent("date", subject.at().toLocalDate().toString());
    String text = new StringSubstitutor(vars).replace(message);
    return Optional.of(new Finding(id, category, s, text, why, evidence, remarks,
        garm.rate(category, s, capAtReview || s != decided)));
  }

  /** This rule's markets that {@code targets} names, in rule order (asked per row). */
  private List<String> targeted(List<String> targets) {
    if (targets.size() == 1) {
      return regions.contains(targets.get(0)) ? targets : List.of();
    }
    List<String> out = new ArrayList<>(targets.size());
    for (String r : regions) {
      if (targets.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }
}
