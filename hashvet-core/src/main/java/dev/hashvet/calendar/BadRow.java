package dev.hashvet.calendar;

/**
 * A row that could not be read or vetted.
 *
 * @param file the calendar file
 * @param line the row's line (CSV, YAML) or item number (JSON)
 * @param id the row's id when it could be read, or ""
 * @param message the problem, in plain words, naming the field
 */
public record BadRow(String file, int line, String id, String message) implements Entry {
  public BadRow(String file, int line, String message) {
    this(file, line, "", message);
  }
}
