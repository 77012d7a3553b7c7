package dev.hashvet.vet;

import dev.hashvet.HashvetException;
import java.util.Locale;

/** The lowest verdict that makes the exit code 1 ({@code --fail-on}). */
public enum FailOn {
  REVIEW,
  BLOCK,
  NEVER;

  public static FailOn parse(String s, String where) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HashvetException.input(where + ": must be review, block or never, not '" + s + "'");
    }
  }

  /** True when {@code v} is at or above this level. */
  public boolean fails(Verdict v) {
    return switch (this) {
      case REVIEW -> v != Verdict.PASS;
      case BLOCK -> v == Verdict.BLOCK;
      case NEVER -> false;
    };
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
