package dev.hashvet;

import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.RulePackReader;
import dev.hashvet.rules.dates.ObservanceCalendar;
import dev.hashvet.vet.Pipeline;
import java.nio.file.Path;
import java.util.List;

/**
 * The rule reader the core tests share, so that the bundled rules are parsed (and their term
 * indexes built) once per test run rather than once per test class: a test-only cache.
 */
public final class TestBooks {
  private static final RulePackReader READER = new RulePackReader();

  private TestBooks() {}

  /** The shared reader. */
  public static RulePackReader reader() {
    return READER;
  }

  /** The bundled date calendar (the shared reader's). */
  public static ObservanceCalendar calendar() {
    return READER.calendar();
  }

  /** The bundled book. */
  public static RuleBook bundled() {
    return READER.bundled();
  }

  /** The bundled packs plus those in {@code dirs}. */
  public static RuleBook read(List<Path> dirs) {
    return READER.read(dirs);
  }

  /** The packs in {@code dirs} alone, with the bundled term lists. */
  public static RuleBook own(List<Path> dirs) {
    return READER.read(dirs, false);
  }

  /** A pipeline of the bundled rules plus those in {@code dirs}. */
  public static Pipeline pipeline(List<Path> dirs) {
    return Pipeline.load(READER, dirs);
  }
}
