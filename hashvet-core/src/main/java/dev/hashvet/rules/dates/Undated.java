package dev.hashvet.rules.dates;

/**
 * An observance that cannot be dated in a year (a table that stops before it, or a calendar's
 * range): reported rather than guessed.
 *
 * @param observance the observance
 * @param year the Gregorian year
 * @param reason the rest of a sentence after the observance's name: "is tabled for 2024-2035 only;
 *     2040 is outside it"
 */
public record Undated(Observance observance, int year, String reason) {
  /** "dates: Diwali is tabled for 2024-2035 only; 2040 is outside it". */
  public String message() {
    return "dates: " + observance.name() + " " + reason;
  }
}
