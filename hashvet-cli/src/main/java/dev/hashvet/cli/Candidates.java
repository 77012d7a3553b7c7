package dev.hashvet.cli;

import dev.hashvet.rules.Rule;
import dev.hashvet.rules.RulePackReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * What Tab offers for region codes, language codes and rule ids (picocli's
 * {@code completionCandidates}, written into the bash and zsh completion by {@link Completion}).
 * picocli builds these with every command tree, so the lists are made only when iterated.
 */
final class Candidates {
  private Candidates() {}

  /** ISO 3166-1 alpha-2 region codes, and 'global'. */
  static final class Regions implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> out = new ArrayList<>(List.of(Locale.getISOCountries()));
      out.add("global");
      return out.iterator();
    }
  }

  /** ISO 639-1 language codes. */
  static final class Languages implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(Locale.getISOLanguages()).iterator();
    }
  }

  /** The ids of the bundled rules. */
  static final class RuleIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return new RulePackReader().bundled().rules().stream().map(Rule::id).sorted().iterator();
    }
  }
}
