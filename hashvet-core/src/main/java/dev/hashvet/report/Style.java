package dev.hashvet.report;

import dev.hashvet.rules.Severity;
import dev.hashvet.vet.Verdict;

/** ANSI colour for the text report, or none. Every string shown passes through {@link #safe}. */
public final class Style {
  private static final String RESET = "\u001B[0m";

  private final boolean colour;

  public Style(boolean colour) {
    this.colour = colour;
  }

  public static Style plain() {
    return new Style(false);
  }

  public boolean colour() {
    return colour;
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  /** A spike or an alarm: bold red. */
  public String spike(String s) {
    return wrap("1;31", s);
  }

  /** Settings shown in the shell's prompt: cyan. */
  public String accent(String s) {
    return wrap("36", s);
  }

  /** The "error:" of an error line: bold red. */
  public String error(String s) {
    return wrap("1;31", s);
  }

  public String verdict(Verdict v, String s) {
    return switch (v) {
      case PASS -> wrap("1;32", s);
      case REVIEW -> wrap("1;33", s);
      case BLOCK -> wrap("1;31", s);
    };
  }

  public String severity(Severity sev, String s) {
    return switch (sev) {
      case INFO -> wrap("36", s);
      case REVIEW -> wrap("33", s);
      case BLOCK -> wrap("31", s);
    };
  }

  /** The symbol for a verdict: ✔ pass, ! review, ✖ block. */
  public static String symbol(Verdict v) {
    return switch (v) {
      case PASS -> "✔";
      case REVIEW -> "!";
      case BLOCK -> "✖";
    };
  }

  public static String symbol(Severity s) {
    return switch (s) {
      case INFO -> "·";
      case REVIEW -> "!";
      case BLOCK -> "✖";
    };
  }

  private String wrap(String code, String s) {
    return colour ? "\u001B[" + code + "m" + s + RESET : s;
  }
}
