package dev.hashvet.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hashvet.HashvetException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** The calendar file formats, chosen from the file's extension or by --input-format. */
public enum CalendarFormat {
  CSV,
  JSON,
  YAML;

  /** The format named by --input-format ("csv", "json", "yaml"). */
  public static CalendarFormat parse(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "csv", "tsv" -> CSV;
      case "json" -> JSON;
      case "yaml", "yml" -> YAML;
      default -> throw HashvetException.input(
          "--input-format: must be csv, json or yaml, not '" + name + "'");
    };
  }

  /** The format of {@code file}: {@code override} if given, else from its extension. */
  public static CalendarFormat of(String file, Optional<CalendarFormat> override) {
    if (override.isPresent()) {
      return override.get();
    }
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return CSV;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    throw HashvetException.input(file + ": cannot tell the calendar format from the name",
        "name it .csv, .json or .yaml, or give --input-format csv|json|yaml");
  }

  /** A reader of {@code in}, a calendar file called {@code file}, with the standard names. */
  public CalendarReader reader(String file, InputStream in) throws IOException {
    return reader(file, in, Columns.STANDARD);
  }

  /** A reader of {@code in}, a calendar file called {@code file}, columns read by {@code map}. */
  public CalendarReader reader(String file, InputStream in, Columns map) throws IOException {
    return switch (this) {
      case CSV -> new CsvCalendarReader(file, in, map);
      case JSON -> new TreeCalendarReader(file, in, new JsonFactory(), false, map);
      case YAML -> new TreeCalendarReader(file, in, new YAMLFactory(), true, map);
    };
  }
}
