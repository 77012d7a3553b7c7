package dev.hashvet.calendar;

import dev.hashvet.report.Origin;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row as read, before its values are checked.
 *
 * @param file the calendar file
 * @param line the row's line (CSV, YAML) or item number (JSON)
 * @param values the values of the keys hashvet reads ({@link Keys#ID}, {@link Keys#TEXT}, ...)
 * @param columns every other column, under its name as written, in file order
 * @param origin where the row and its text are in the file
 */
public record RawRow(
    String file, int line, Map<String, String> values, Map<String, String> columns, Origin origin)
    implements Entry {
  public RawRow {
    values = Map.copyOf(values);
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** The value of {@code key}, or "". */
  public String value(String key) {
    return values.getOrDefault(key, "");
  }
}
