package dev.hashvet.rules;

import dev.hashvet.rules.dates.ObservanceCalendar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules and term lists in force (the bundled packs plus the user's rule folders, read by a
 * {@link RulePackReader}), and the evaluation of a post against them. A book does not change once
 * read; the indexes it builds as posts ask for them (term indexes by language, rules by markets:
 * {@link TermLists}, {@link RuleIndex}) are safe to share between threads.
 */
public final class RuleBook {
  private final TermLists terms;
  private final Map<String, String> packs;
  private final RuleIndex index;

  /** The date calendar of this book's date rules. */
  private final ObservanceCalendar calendar;

  RuleBook(List<Rule> rules, TermLists terms, Map<String, String> packs,
      ObservanceCalendar calendar) {
    this.terms = terms;
    this.packs = Collections.unmodifiableMap(new LinkedHashMap<>(packs));
    this.index = new RuleIndex(rules);
    this.calendar = calendar;
  }

  /** The calendar the date rules read: the bundled one with the rule folders' observance files. */
  public ObservanceCalendar calendar() {
    return calendar;
  }

  /** Every rule, in load order. */
  public List<Rule> rules() {
    return index.rules();
  }

  public TermLists terms() {
    return terms;
  }

  /** Pack names and their descriptions, in load order. */
  public Map<String, String> packs() {
    return packs;
  }

  public Optional<Rule> rule(String id) {
    return index.rule(id);
  }

  /** Every finding of every rule for {@code subject}, in rule order. */
  public List<Finding> evaluate(Subject subject) {
    terms.prepare(subject.languageSet());
    List<Finding> out = new ArrayList<>();
    for (Rule r : index.forMarkets(subject.regions())) {
      r.apply(subject).ifPresent(out::add);
    }
    return out;
  }
}
