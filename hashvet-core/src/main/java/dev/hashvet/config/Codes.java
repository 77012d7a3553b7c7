package dev.hashvet.config;

import dev.hashvet.HashvetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Region (ISO 3166-1 alpha-2) and language (ISO 639-1) codes, checked against the JDK's lists. */
public final class Codes {
  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private Codes() {}

  /**
   * The region codes of {@code items} in upper case, duplicates dropped; "global" (or nothing) is
   * the empty list; English country names and alpha-3 codes ("Australia", "UAE", "IND") are read
   * as their codes (see {@link Countries}). {@code where} names the option, file or row for the
   * error message.
   */
  public static List<String> regions(List<String> items, String where) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : split(items)) {
      String code = raw.toUpperCase(Locale.ROOT);
      if (code.equals("GLOBAL")) {
        continue;
      }
      if (code.equals("UK")) {
        code = "GB";
      }
      if (!REGIONS.contains(code) && raw.length() > 2) {
        Optional<String> named = Countries.code(raw);
        if (named.isEmpty()) {
          throw HashvetException.input(where + ": unknown region '" + raw + "'"
              + Countries.near(raw).map(n -> "; did you mean " + n + "?").orElse(""),
              "use ISO 3166-1 alpha-2 codes such as US, GB, IN, English country names, or"
                  + " 'global'");
        }
        code = named.get();
      }
      if (!REGIONS.contains(code)) {
        throw HashvetException.input(
            where + ": unknown region code '" + raw + "'",
            "use ISO 3166-1 alpha-2 codes such as US, GB, IN, or 'global'");
      }
      out.add(code);
    }
    return new ArrayList<>(out);
  }

  /** The language codes of {@code items} in lower case, duplicates dropped. */
  public static List<String> languages(List<String> items, String where) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : split(items)) {
      String code = raw.toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(code)) {
        throw HashvetException.input(
            where + ": unknown language code '" + raw + "'",
            "use ISO 639-1 codes such as en, es, hi");
      }
      out.add(code);
    }
    return new ArrayList<>(out);
  }

  /** Splits items on ',' and ';' and trims them; blanks dropped. */
  public static List<String> split(List<String> items) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      for (String part : item.split("[,;]")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}
