package dev.hashvet.report;

import dev.hashvet.rules.Finding;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a line-oriented report points a finding: a file, a line and a column (1-based). The column
 * is the matched span's where the file says where the text is (a CSV calendar, a post read with
 * {@code check --file}, text given inline), else 1. A check of text given on the command line or
 * standard input has no file: {@link #TEXT} stands for it.
 *
 * @param file the file as given, or {@link #TEXT}
 * @param line the line (1-based)
 * @param column the column (1-based, UTF-16 units)
 * @param real false when {@code file} is the {@link #TEXT} pseudo-path
 */
record Place(String file, int line, int column, boolean real) {
  /** The pseudo-path of text given on the command line or standard input (as ESLint's). */
  static final String TEXT = "<text>";

  /** Where {@code f} points in {@code row}. */
  static Place of(Run.Row row, Finding f) {
    Optional<Origin.Region> region = SarifReport.region(f, row);
    if (region.isPresent()) {
      return new Place(file(row.file()), region.get().startLine(), region.get().startColumn(),
          !row.file().isEmpty());
    }
    return of(row);
  }

  /** The row's findings by line and column (most severe first on one spot), as editors list. */
  static List<Finding> inOrder(Run.Row row, List<Finding> findings) {
    Map<Finding, Place> places = new IdentityHashMap<>();
    findings.forEach(f -> places.put(f, of(row, f)));
    return findings.stream()
        .sorted(Comparator.comparingInt((Finding f) -> places.get(f).line())
            .thenComparingInt(f -> places.get(f).column()))
        .toList();
  }

  /** The row itself: its first line, column 1. */
  static Place of(Run.Row row) {
    int line = row.origin().line() > 0 ? row.origin().line() : row.line();
    return new Place(file(row.file()), Math.max(1, line), 1, !row.file().isEmpty());
  }

  /** A row that could not be read. */
  static Place of(Run.RowError e) {
    return new Place(file(e.file()), Math.max(1, e.line()), 1, !e.file().isEmpty());
  }

  private static String file(String file) {
    return file.isEmpty() ? TEXT : file;
  }
}
