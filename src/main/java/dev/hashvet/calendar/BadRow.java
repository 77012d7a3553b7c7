package dev.hashvet.calendar;

/**
 * A row that could not be read or vetted.
 *
 * @param file the calendar file
 * @param line the row's line (CSV, YAML) or item number (JSON)
 * @param message the problem, in plain words, naming the field
 */
public record BadRow(String file, int line, String message) implements Entry {}
