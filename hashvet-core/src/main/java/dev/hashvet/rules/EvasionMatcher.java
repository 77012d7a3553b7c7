package dev.hashvet.rules;

import dev.hashvet.rules.evidence.Evasion;
import dev.hashvet.text.EvasionSignal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code evasion: {kinds: [zero_width, bidi_control, mixed_script, lookalike]}}: invisible or
 * look-alike characters that make a tag read differently to people and to filters.
 */
final class EvasionMatcher implements Matcher {
  private final Set<EvasionSignal.Kind> kinds = EnumSet.noneOf(EvasionSignal.Kind.class);

  EvasionMatcher(Spec spec) {
    if (spec.node().isObject()) {
      spec.keys(Set.of("kinds"));
    }
    for (String k : spec.node().isObject() ? spec.strings("kinds") : List.<String>of()) {
      EvasionSignal.Kind kind = null;
      for (EvasionSignal.Kind c : EvasionSignal.Kind.values()) {
        if (c.id().equals(k)) {
          kind = c;
        }
      }
      if (kind == null) {
        throw spec.error("kinds", "unknown evasion kind '" + k
            + "' (known: zero_width, bidi_control, mixed_script, lookalike)");
      }
      kinds.add(kind);
    }
    if (kinds.isEmpty()) {
      kinds.addAll(EnumSet.allOf(EvasionSignal.Kind.class));
    }
  }

  @Override
  public List<Match> match(Subject subject) {
    List<Match> out = new ArrayList<>();
    for (EvasionSignal s : subject.evasion()) {
      if (!kinds.contains(s.kind())) {
        continue;
      }
      Evasion ev = new Evasion(s.kind().id(), s.where(), s.detail(), s.revealed());
      out.add(new Match(ev, Map.of("where", s.where(), "detail", s.detail(),
          "revealed", s.revealed())));
    }
    return out;
  }
}
