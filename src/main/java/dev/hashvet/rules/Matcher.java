package dev.hashvet.rules;

import java.util.List;

/** One kind of test a rule applies to a {@link Subject}. Implementations are immutable. */
public interface Matcher {
  /** Everything this matcher finds in {@code subject}, strongest first; empty when nothing. */
  List<Match> match(Subject subject);
}
