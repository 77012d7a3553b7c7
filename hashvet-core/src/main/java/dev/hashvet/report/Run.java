package dev.hashvet.report;

import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.VetResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a reporter shows for one run: one row for {@code check}, one per calendar row for
 * {@code calendar}, plus the rows that could not be read.
 *
 * @param kind "check" or "calendar"
 * @param rows the vetted rows, in input order
 * @param errors the rows that could not be vetted, in input order
 * @param failOn the --fail-on level
 */
public record Run(String kind, List<Row> rows, List<RowError> errors, FailOn failOn) {
  public Run {
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
  }

  /**
   * One vetted item.
   *
   * @param file the calendar file, or "" for check
   * @param line the line (CSV/YAML) or item number (JSON), 0 for check
   * @param id the row's id, or ""
   * @param result the answer
   * @param columns the row's other columns, carried through untouched, in file order
   * @param origin where the row and its text are in the file (for line and column spans)
   * @param staleIgnores the ids of the row's ignore column that matched none of its findings
   */
  public record Row(
      String file,
      int line,
      String id,
      VetResult result,
      Map<String, String> columns,
      Origin origin,
      List<String> staleIgnores) {
    public Row {
      // Keeps the file's column order: reports must be the same from run to run.
      columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
      staleIgnores = List.copyOf(staleIgnores);
    }

    public Row(String file, int line, String id, VetResult result, Map<String, String> columns,
        Origin origin) {
      this(file, line, id, result, columns, origin, List.of());
    }

    public Row(String file, int line, String id, VetResult result, Map<String, String> columns) {
      this(file, line, id, result, columns, Origin.line(line));
    }
  }

  /**
   * A row that could not be vetted.
   *
   * @param file the calendar file
   * @param line the row's line (CSV/YAML) or item number (JSON)
   * @param id the row's id when it could be read, or ""
   * @param message the problem
   */
  public record RowError(String file, int line, String id, String message) {
    public RowError(String file, int line, String message) {
      this(file, line, "", message);
    }
  }

  /**
   * The run's exit code: 2 if any row failed to read, else 3 if any row could not be vetted, else
   * 1 or 0.
   */
  public int exitCode() {
    if (!errors.isEmpty()) {
      return 2;
    }
    int code = 0;
    for (Row r : rows) {
      code = Math.max(code, r.result().exitCode(failOn));
    }
    return code;
  }
}
