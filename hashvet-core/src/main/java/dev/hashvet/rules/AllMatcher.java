package dev.hashvet.rules;

import dev.hashvet.rules.evidence.Combined;
import dev.hashvet.rules.evidence.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code all: [matcher, matcher, ...]}: matches when every listed matcher does, e.g. a disaster
 * word together with promotional language ("20% off during the storm"). The evidence combines one
 * match of each part ({@link Combined}); a severity decided by a part (a date, a context share) is kept, and the
 * lowest cap of the parts (a generic word, see {@link Sense}) caps the whole.
 *
 * <p>The mapping form adds scope: {@code all: {of: [...], within: 6, unless: matcher}}. The parts'
 * matches in the text must lie within {@code within} words of each other ({@code within:
 * sentence}: in one sentence); matches in tags, dates and the context have no place and always
 * fit. A combination is dropped when {@code unless} finds something inside its span or up to
 * {@value #UNLESS_BEFORE} words before it ("refugees are not parasites", "saying refugees are
 * parasites is wrong").
 */
final class AllMatcher implements Matcher {
  /** Words before a combination's span where an {@code unless} match still vetoes it. */
  static final int UNLESS_BEFORE = 3;

  private static final int ANY_DISTANCE = -1;
  private static final int SAME_SENTENCE = -2;

  /** Combinations tried at most, so that many matches per part cannot make a rule slow. */
  private static final int MAX_TRIES = 4096;

  private final List<Matcher> parts;
  private final int within;
  private final Matcher unless;

  /** The parts in the order they are asked: the cheap ones first, since one miss ends it. */
  private final int[] order;

  AllMatcher(Spec spec) {
    Spec of = spec;
    int scope = ANY_DISTANCE;
    Matcher veto = null;
    if (spec.node().isObject()) {
      spec.keys(Set.of("of", "within", "unless"));
      if (!spec.has("of")) {
        throw spec.error("'all' as a mapping needs 'of': the list of matchers");
      }
      of = spec.child("of");
      if (spec.has("within")) {
        var w = spec.node().get("within");
        if (w.isTextual() && w.asText().equals("sentence")) {
          scope = SAME_SENTENCE;
        } else if (w.canConvertToInt() && w.isIntegralNumber() && w.asInt() >= 0
            && w.asInt() <= 50) {
          scope = w.asInt();
        } else {
          throw spec.error("within", "within takes a number of words (0 to 50) or 'sentence'");
        }
      }
      if (spec.has("unless")) {
        veto = spec.loading().matchers().build(spec.child("unless"));
      }
    }
    if (!of.node().isArray()) {
      throw of.error("'all' takes a list of matchers");
    }
    List<Matcher> list = new ArrayList<>();
    for (int i = 0; i < of.node().size(); i++) {
      list.add(of.loading().matchers().build(of.item(i)));
    }
    if (list.size() < 2) {
      throw of.error("'all' needs at least two matchers");
    }
    this.parts = List.copyOf(list);
    this.within = scope;
    this.unless = veto;
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
    int c = parts.stream().mapToInt(Matcher::cost).max().orElse(1);
    return unless == null ? c : Math.max(c, unless.cost());
  }

  @Override
  public List<Match> match(Subject subject) {
    List<List<Match>> found = new ArrayList<>(parts.size());
    parts.forEach(p -> found.add(null));
    for (int i : order) {
      List<Match> m = parts.get(i).match(subject);
      if (m.isEmpty()) {
        return List.of();
      }
      found.set(i, m);
    }
    if (within == ANY_DISTANCE && unless == null) {
      Match[] firsts = new Match[parts.size()];
      for (int i = 0; i < firsts.length; i++) {
        firsts[i] = found.get(i).get(0);
      }
      return List.of(join(firsts));
    }
    List<Match> vetoes = unless == null ? List.of() : unless.match(subject);
    Match[] chosen = new Match[parts.size()];
    int[] tries = {0};
    if (choose(subject, found, 0, chosen, vetoes, tries)) {
      return List.of(join(chosen));
    }
    return List.of();
  }

  /** Fills {@code chosen} from part {@code i} on with matches in scope; false when none fit. */
  private boolean choose(Subject subject, List<List<Match>> found, int i, Match[] chosen,
      List<Match> vetoes, int[] tries) {
    if (i == chosen.length) {
      return ++tries[0] <= MAX_TRIES && fits(subject, chosen) && !vetoed(chosen, vetoes);
    }
    for (Match m : found.get(i)) {
      chosen[i] = m;
      if (choose(subject, found, i + 1, chosen, vetoes, tries)) {
        return true;
      }
      if (tries[0] > MAX_TRIES) {
        return false;
      }
    }
    return false;
  }

  private boolean fits(Subject subject, Match[] chosen) {
    if (within == ANY_DISTANCE) {
      return true;
    }
    int maxFrom = -1;
    int minTo = Integer.MAX_VALUE;
    int sentence = -1;
    for (Match m : chosen) {
      if (!m.inText()) {
        continue;
      }
      if (within == SAME_SENTENCE) {
        int s = subject.keyedText().sentenceAt(m.from());
        if (sentence >= 0 && s != sentence) {
          return false;
        }
        sentence = s;
      }
      maxFrom = Math.max(maxFrom, m.from());
      minTo = Math.min(minTo, m.to());
    }
    return within == SAME_SENTENCE || maxFrom < 0 || maxFrom - minTo <= within;
  }

  private static boolean vetoed(Match[] chosen, List<Match> vetoes) {
    if (vetoes.isEmpty()) {
      return false;
    }
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (Match m : chosen) {
      if (m.inText()) {
        from = Math.min(from, m.from());
        to = Math.max(to, m.to());
      }
    }
    if (to < 0) {
      // No part has a place in the text (tags, dates): a veto anywhere counts.
      return true;
    }
    for (Match v : vetoes) {
      if (v.inText() && v.from() >= from - UNLESS_BEFORE && v.from() < to) {
        return true;
      }
    }
    return false;
  }

  /** One match of the chosen parts: their evidence in the order the parts are written. */
  private static Match join(Match[] chosen) {
    List<Evidence> evidence = new ArrayList<>(chosen.length);
    Map<String, String> vars = new LinkedHashMap<>();
    Optional<Severity> severity = Optional.empty();
    Optional<Severity> cap = Optional.empty();
    int from = -1;
    int to = -1;
    for (int i = 0; i < chosen.length; i++) {
      Match m = chosen[i];
      evidence.add(m.evidence());
      m.vars().forEach(vars::putIfAbsent);
      if (m.severity().isPresent()) {
        severity = Optional.of(
            severity.map(s -> Severity.max(s, m.severity().get())).orElse(m.severity().get()));
      }
      cap = Match.lowerCap(cap, m.cap());
      if (m.inText()) {
        from = from < 0 ? m.from() : Math.min(from, m.from());
        to = Math.max(to, m.to());
      }
    }
    return new Match(new Combined(evidence), vars, severity, cap, from, to);
  }
}
