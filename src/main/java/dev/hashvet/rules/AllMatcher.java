package dev.hashvet.rules;

import java.util.ArrayList;
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
  }

  @Override
  public List<Match> match(Subject subject) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    Map<String, String> vars = new LinkedHashMap<>();
    Optional<Severity> severity = Optional.empty();
    for (int i = 0; i < parts.size(); i++) {
      List<Match> found = parts.get(i).match(subject);
      if (found.isEmpty()) {
        return List.of();
      }
      Match first = found.get(0);
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
