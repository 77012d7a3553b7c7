package dev.hashvet.rules.dates;

import java.util.Locale;
import java.util.Optional;

/** What an observance is; rules pick observances by kind. */
public enum Kind {
  REMEMBRANCE,
  TRAGEDY,
  RELIGIOUS,
  POLITICAL,
  HOLIDAY,
  AWARENESS;

  /** The lower-case name used in data files, rules and JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Kind> parse(String id) {
    for (Kind k : values()) {
      if (k.id().equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
