package dev.hashvet.vet;

import dev.hashvet.config.Codes;
import dev.hashvet.rules.Context;
import dev.hashvet.rules.ContextPost;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Rule;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.RuleExample;
import dev.hashvet.rules.Subject;
import dev.hashvet.rules.TermList;
import dev.hashvet.rules.TermSet;
import dev.hashvet.rules.evidence.FieldText;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the examples that rules and term lists ship with: every "flag" case must produce the rule's
 * finding (at the stated severity, with every message placeholder filled), every "pass" case must
 * not; every term list's "match" texts must contain one of its terms and "no_match" texts none.
 */
public final class RuleTester {
  private final Pipeline pipeline;

  /**
   * The outcome of one case.
   *
   * @param subject the rule id or "terms:name/lang"
   * @param name a short name for the case (kind, index and text)
   * @param where "file:line" of the case
   * @param passed whether it behaved as stated
   * @param problem what went wrong, or ""
   */
  public record CaseResult(String subject, String name, String where, boolean passed,
      String problem) {}

  public RuleTester(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Every case of every rule in the book, then every term-list case. */
  public List<CaseResult> runAll() {
    List<CaseResult> out = new ArrayList<>();
    for (Rule r : pipeline.book().rules()) {
      out.addAll(run(r));
    }
    for (TermList l : pipeline.book().terms().all()) {
      out.addAll(run(l));
    }
    return out;
  }

  /** The cases of one rule. */
  public List<CaseResult> run(Rule rule) {
    List<CaseResult> out = new ArrayList<>();
    int i = 0;
    for (RuleExample ex : rule.examples()) {
      i++;
      String name = (ex.flag() ? "flag" : "pass") + " #" + i + ": " + shorten(ex.text());
      String problem;
      try {
        problem = check(rule, ex);
      } catch (RuntimeException e) {
        problem = "error: " + e.getMessage();
      }
      out.add(new CaseResult(rule.id(), name, ex.where(), problem.isEmpty(), problem));
    }
    return out;
  }

  /** What {@code rule} finds in its example {@code ex}, if anything. */
  public Optional<Finding> finding(Rule rule, RuleExample ex) {
    ZonedDateTime at = ex.at().map(RuleTester::parseAt).orElse(RuleExample.DEFAULT_AT);
    List<String> regions = Codes.regions(ex.regions(), ex.where());
    List<String> langs = Codes.languages(ex.languages(), ex.where());
    Context ctx = Context.NONE;
    if (!ex.context().isEmpty() || ex.signals() != dev.hashvet.context.LiveSignals.NONE) {
      List<ContextPost> posts = pipeline.contextBuilder().build(ex.context());
      ctx = new Context(true, posts, ex.signals());
    }
    Subject s = pipeline.text().subject(ex.text(), at, regions, langs, ctx);
    return rule.apply(s);
  }

  private String check(Rule rule, RuleExample ex) {
    Optional<Finding> f = finding(rule, ex);
    if (ex.flag()) {
      if (f.isEmpty()) {
        return "expected the rule to flag this, it did not";
      }
      if (ex.severity().isPresent() && f.get().severity() != ex.severity().get()) {
        return "expected severity " + ex.severity().get().id() + ", got " + f.get().severity().id();
      }
      if (f.get().message().contains("${")) {
        return "message has an unfilled placeholder: " + f.get().message();
      }
      return "";
    }
    return f.isPresent()
        ? "expected no finding, got " + f.get().severity().id() + ": " + f.get().message()
            + " " + FieldText.javaMap(f.get()::writeEvidence)
        : "";
  }

  /** The cases of one term list. */
  public List<CaseResult> run(TermList list) {
    List<CaseResult> out = new ArrayList<>();
    // A list of idioms alone is tested against every list of its language: each no_match text
    // holds a term that its idioms keep from being a hit.
    TermSet set = pipeline.book().terms().setOf(list.terms().isEmpty()
        ? pipeline.book().terms().all().stream().filter(l -> l.lang().equals(list.lang())).toList()
        : List.of(list));
    String subject = "terms:" + list.name() + "/" + list.lang();
    int i = 0;
    for (String text : list.examples().match()) {
      i++;
      boolean hit = set.any(pipeline.text().words(text, List.of()), Set.of());
      out.add(new CaseResult(subject, "match #" + i + ": " + shorten(text), list.where(), hit,
          hit ? "" : "expected a term of the list in its risky sense in this text, found none"));
    }
    i = 0;
    for (String text : list.examples().noMatch()) {
      i++;
      List<TermSet.Hit> hits = set.find(pipeline.text().words(text, List.of()), Set.of());
      out.add(new CaseResult(subject, "no_match #" + i + ": " + shorten(text), list.where(),
          hits.isEmpty(), hits.isEmpty() ? "" : "expected no term, found '" + hits.get(0).term()
              + "' (" + hits.get(0).sense().id() + ")"));
    }
    return out;
  }

  /** Loads all rules of a book and tests them (for {@code rules test}). */
  public static List<CaseResult> test(RuleBook book) {
    return new RuleTester(Pipeline.of(book)).runAll();
  }

  private static ZonedDateTime parseAt(String at) {
    return DateTimes.parse(at, Optional.empty(), "example 'at'");
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 60 ? one.substring(0, 59) + "…" : one;
  }
}
