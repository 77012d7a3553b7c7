package dev.hashvet.calendar;

/** What a calendar reader gives for one row: its values, or why it could not be read. */
public sealed interface Entry permits RawRow, BadRow {
  /** The calendar file, as given. */
  String file();

  /** The row's line (CSV, YAML) or item number (JSON). */
  int line();
}
