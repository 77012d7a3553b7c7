package dev.hashvet.rules;

import java.util.ArrayList;
import java.util.List;

/** {@code any: [matcher, ...]}: everything any of the listed matchers finds. */
final class AnyMatcher implements Matcher {
  private final List<Matcher> parts;

  AnyMatcher(Spec spec) {
    if (!spec.node().isArray() || spec.node().isEmpty()) {
      throw spec.error("'any' takes a non-empty list of matchers");
    }
    List<Matcher> list = new ArrayList<>();
    for (int i = 0; i < spec.node().size(); i++) {
      list.add(spec.loading().matchers().build(spec.item(i)));
    }
    this.parts = List.copyOf(list);
  }

  @Override
  public int cost() {
    return parts.stream().mapToInt(Matcher::cost).max().orElse(1);
  }

  @Override
  public List<Match> match(Subject subject) {
    List<Match> out = new ArrayList<>();
    for (Matcher m : parts) {
      out.addAll(m.match(subject));
    }
    return out;
  }
}
