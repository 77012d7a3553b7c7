package dev.hashvet.context;

import java.util.Locale;

/**
 * How a source answered. Reports for people name all five; the JSON contract knows four (ok,
 * empty, unavailable, skipped), so a time-out is "unavailable" there, its detail saying so.
 */
public enum SourceStatus {
  OK,
  EMPTY,
  UNAVAILABLE,
  TIMED_OUT,
  SKIPPED;

  public String id() {
    return this == TIMED_OUT ? "timed out" : name().toLowerCase(Locale.ROOT);
  }

  /** The status as the JSON contract names it: a time-out is "unavailable". */
  public String contractId() {
    return this == TIMED_OUT ? UNAVAILABLE.id() : id();
  }

  /** True when the source answered (with or without posts). */
  public boolean answered() {
    return this == OK || this == EMPTY;
  }
}
