package dev.hashvet.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code all: [matcher, matcher, ...]}: matches when every listed matcher does, e.g. a disaster
 * word together with promotional language ("20% off during the storm"). The evidence joins the
 * first match of each part; a severity decided by a part (a date, a context share) is kept.
 */
final class AllMatcher implements Matcher {
  private final List<Matcher> parts;

  /** The parts in the order they are asked: the cheap ones first, since one miss ends it. */
  private final int[] order;

  AllMatcher(Spec spec) {
    if (!spec.node().isArray()) {
      throw spec.error("'all' takes a list of matchers");
    }
    List<Matcher> list = new ArrayList<>();
    for (int i = 0; i < spec.node().size(); i++) {
      list.add(spec.loading().matchers().build(spec.item(i)));
    }
    if (list.size() < 2) {
      throw spec.error("'all' needs at least two matchers");
    }
    this.parts = List.copyOf(list);
    this.order = new int[list.size()];
    List<Integer> byCost = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      byCost.add(i);
    }
    byCost.sort(Comparator.comparingInt(i -> list.get(i).cost()));
    for (int i = 0; i < order.length; i++) {
      order[i] = byCost.get(i);
    }
  }

  @Override
  public int cost() {
    return parts.stream().mapToInt(Matcher::cost).max().orElse(1);
  }

  @Override
  public List<Match> match(Subject subject) {
    Match[] firsts = new Match[parts.size()];
    for (int i : order) {
      List<Match> found = parts.get(i).match(subject);
      if (found.isEmpty()) {
        return List.of();
      }
      firsts[i] = found.get(0);
    }
    // The evidence reads in the order the parts are written.
    Map<String, Object> evidence = new LinkedHashMap<>();
    Map<String, String> vars = new LinkedHashMap<>();
    Optional<Severity> severity = Optional.empty();
    for (int i = 0; i < parts.size(); i++) {
      Match first = firsts[i];
      for (var e : first.evidence().entrySet()) {
        String key = evidence.containsKey(e.getKey()) ? e.getKey() + "_" + (i + 1) : e.getKey();
        evidence.put(key, e.getValue());
      }
      first.vars().forEach(vars::putIfAbsent);
      if (first.severity().isPresent()) {
        severity = Optional.of(
            severity.map(s -> Severity.max(s, first.severity().get())).orElse(first.severity().get()));
      }
    }
    return List.of(new Match(evidence, vars, severity));
  }
}
