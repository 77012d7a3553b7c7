package dev.hashvet.fetch;

import java.util.Locale;

/** How a source answered. The ids are part of the JSON contract. */
public enum SourceStatus {
  OK,
  EMPTY,
  UNAVAILABLE,
  TIMED_OUT,
  SKIPPED;

  public String id() {
    return this == TIMED_OUT ? "timed out" : name().toLowerCase(Locale.ROOT);
  }

  /** True when the source answered (with or without posts). */
  public boolean answered() {
    return this == OK || this == EMPTY;
  }
}
