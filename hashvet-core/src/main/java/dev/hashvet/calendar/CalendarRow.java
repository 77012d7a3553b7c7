package dev.hashvet.calendar;

import dev.hashvet.report.Origin;
import dev.hashvet.vet.Submission;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row ready to vet.
 *
 * @param file the calendar file
 * @param line the row's line (CSV, YAML) or item number (JSON)
 * @param id the row's id, or ""
 * @param submission what to vet: the text at the row's own time, markets and languages
 * @param columns the row's other columns, untouched, in file order
 * @param origin where the row and its text are in the file
 * @param ignores the row's own exceptions (its ignore and ignore_reason columns)
 */
public record CalendarRow(
    String file,
    int line,
    String id,
    Submission submission,
    Map<String, String> columns,
    Origin origin,
    RowIgnores ignores) {
  public CalendarRow {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** A row without exceptions of its own. */
  public CalendarRow(String file, int line, String id, Submission submission,
      Map<String, String> columns, Origin origin) {
    this(file, line, id, submission, columns, origin, RowIgnores.NONE);
  }
}
