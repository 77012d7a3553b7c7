package dev.hashvet.rules;

import java.util.List;

/** One kind of test a rule applies to a {@link Subject}. Implementations are immutable. */
public interface Matcher {
  /** Everything this matcher finds in {@code subject}, strongest first; empty when nothing. */
  List<Match> match(Subject subject);

  /**
   * How costly {@link #match} is, roughly, for matchers that combine others to ask the cheap
   * ones first: 0 for a word lookup, 2 for a regular expression over the text, 1 otherwise.
   */
  default int cost() {
    return 1;
  }
}
