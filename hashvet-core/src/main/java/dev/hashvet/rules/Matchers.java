package dev.hashvet.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The matcher kinds a rule's {@code match:} may name, each built by its own class from its
 * {@link Spec}. A matcher mapping has exactly one key: the kind.
 */
public final class Matchers {
  private final Map<String, Function<Spec, Matcher>> kinds = new LinkedHashMap<>();

  /**
   * The built-in kinds, date rules on {@code calendar} (the run's bundled calendar, with a team's
   * own observances when it has some).
   */
  public static Matchers standard(dev.hashvet.rules.dates.ObservanceCalendar calendar) {
    Matchers m = new Matchers();
    m.kinds.put("terms", TermsMatcher::new);
    m.kinds.put("pattern", PatternMatcher::new);
    m.kinds.put("all", AllMatcher::new);
    m.kinds.put("any", AnyMatcher::new);
    m.kinds.put("context_share", ContextShareMatcher::new);
    m.kinds.put("evasion", EvasionMatcher::new);
    m.kinds.put("tag_reading", TagReadingMatcher::new);
    m.kinds.put("date", spec -> new DateMatcher(spec, calendar));
    m.kinds.put("signal", SignalMatcher::new);
    return m;
  }

  public Set<String> kinds() {
    return kinds.keySet();
  }

  /** The matcher for {@code spec}, a mapping with one key naming the kind. */
  public Matcher build(Spec spec) {
    if (!spec.node().isObject() || spec.node().size() != 1) {
      throw spec.error("a matcher is a mapping with exactly one key, its kind ("
          + String.join(", ", kinds.keySet()) + ")");
    }
    String kind = spec.keyNames().get(0);
    Function<Spec, Matcher> factory = kinds.get(kind);
    if (factory == null) {
      throw spec.error(kind, "unknown matcher kind '" + kind + "' (known: "
          + String.join(", ", kinds.keySet()) + ")");
    }
    return factory.apply(spec.child(kind));
  }

  static List<String> names(Map<String, ?> m) {
    return List.copyOf(m.keySet());
  }
}
