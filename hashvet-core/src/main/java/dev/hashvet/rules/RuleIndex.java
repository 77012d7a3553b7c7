package dev.hashvet.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of a book by id and by the markets a post is for. The rules for a list of markets are
 * worked out the first time a post asks for them and kept in this index (a run asks for few lists:
 * a calendar names its markets once per row), keyed by the list, at most {@value #MARKET_LISTS}
 * lists; the index is safe to share between threads.
 */
final class RuleIndex {
  private static final int MARKET_LISTS = 1024;

  private final List<Rule> rules;
  private final Map<String, Rule> byId = new LinkedHashMap<>();
  private final Map<List<String>, List<Rule>> byMarkets = new ConcurrentHashMap<>();

  RuleIndex(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    for (Rule r : this.rules) {
      byId.putIfAbsent(r.id(), r);
    }
  }

  List<Rule> rules() {
    return rules;
  }

  Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The rules that can apply to a post for {@code regions}, in book order: every rule for a
   * global post; else the rules for every market and those naming one of its markets (a row for
   * one market meets a third of the rules).
   */
  List<Rule> forMarkets(List<String> regions) {
    if (regions.isEmpty()) {
      return rules;
    }
    List<Rule> found = byMarkets.get(regions);
    if (found == null) {
      found = rules.stream()
          .filter(r -> r.regions().isEmpty() || r.regions().stream().anyMatch(regions::contains))
          .toList();
      if (byMarkets.size() < MARKET_LISTS) {
        byMarkets.put(List.copyOf(regions), found);
      }
    }
    return found;
  }
}
