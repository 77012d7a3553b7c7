package dev.hashvet.calendar;

import dev.hashvet.HashvetException;
import dev.hashvet.Nearest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which calendar key each column holds: the columns named by --columns ({@code text=Body}) first,
 * then the names {@link Keys} knows. Column names compare as {@link Keys} compares them (case,
 * spaces and dashes do not matter).
 */
public final class Columns {
  /** No --columns: only the names {@link Keys} knows. */
  public static final Columns STANDARD = new Columns(Map.of());

  private final Map<String, String> mapped;

  private Columns(Map<String, String> mapped) {
    this.mapped = Map.copyOf(mapped);
  }

  /**
   * The mapping written as {@code KEY=COLUMN,KEY=COLUMN} (a key as {@link Keys} reads it).
   *
   * @throws HashvetException (bad input) for a malformed pair, an unknown key or a column or key
   *     named twice
   */
  public static Columns parse(String spec) {
    Map<String, String> mapped = new HashMap<>();
    Map<String, String> keys = new HashMap<>();
    for (String pair : spec.split(",", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? "" : pair.substring(0, eq).strip();
      String column = eq < 0 ? "" : pair.substring(eq + 1).strip();
      if (key.isEmpty() || column.isEmpty()) {
        throw HashvetException.input("--columns: '" + pair.strip() + "' is not KEY=COLUMN",
            "e.g. --columns text=Body,publish_at=When");
      }
      Optional<String> k = Keys.of(key);
      if (k.isEmpty()) {
        List<String> near = Nearest.of(key, Keys.all(), 1);
        throw HashvetException.input("--columns: unknown key '" + key + "'"
            + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?"),
            "keys: " + String.join(", ", Keys.all()));
      }
      if (keys.put(k.get(), column) != null) {
        throw HashvetException.input("--columns: key '" + k.get() + "' is mapped twice");
      }
      if (mapped.put(Keys.fold(column), k.get()) != null) {
        throw HashvetException.input("--columns: column '" + column + "' is mapped twice");
      }
    }
    return new Columns(mapped);
  }

  /** The key the column called {@code name} holds, if any. */
  public Optional<String> key(String name) {
    String key = mapped.get(Keys.fold(name));
    return key != null ? Optional.of(key) : Keys.of(name);
  }
}
