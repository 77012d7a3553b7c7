package dev.hashvet.config;

import dev.hashvet.Nearest;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Country names to ISO 3166-1 alpha-2 codes, as a spreadsheet's Market or Country column writes
 * them: the JDK's English names ("Australia", "United Kingdom", "Myanmar (Burma)" and "Myanmar"),
 * the alpha-3 codes (AUS, IND) and a few everyday names (USA, UAE, UK, Britain, Holland, Turkey).
 * Case, accents, a leading "the", dots and "&amp;" for "and" do not matter.
 */
public final class Countries {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("usa", "US"), Map.entry("us", "US"), Map.entry("america", "US"),
      Map.entry("united states of america", "US"), Map.entry("uae", "AE"),
      Map.entry("emirates", "AE"), Map.entry("uk", "GB"), Map.entry("britain", "GB"),
      Map.entry("great britain", "GB"), Map.entry("england", "GB"), Map.entry("scotland", "GB"),
      Map.entry("wales", "GB"), Map.entry("northern ireland", "GB"), Map.entry("korea", "KR"),
      Map.entry("republic of korea", "KR"), Map.entry("holland", "NL"),
      Map.entry("czech republic", "CZ"), Map.entry("turkey", "TR"), Map.entry("turkiye", "TR"),
      Map.entry("ivory coast", "CI"), Map.entry("hong kong", "HK"), Map.entry("macau", "MO"),
      Map.entry("macao", "MO"), Map.entry("burma", "MM"), Map.entry("swaziland", "SZ"),
      Map.entry("cape verde", "CV"), Map.entry("east timor", "TL"), Map.entry("vatican", "VA"),
      Map.entry("palestine", "PS"), Map.entry("russian federation", "RU"),
      Map.entry("viet nam", "VN"), Map.entry("ksa", "SA"), Map.entry("drc", "CD"));

  /** Folded name to code. */
  private static final Map<String, String> CODES = new HashMap<>();

  /** Each country's English name to its code, for did-you-mean. */
  private static final Map<String, String> NAMES = new TreeMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      Locale l = new Locale("", code);
      String name = l.getDisplayCountry(Locale.ENGLISH);
      NAMES.put(name, code);
      CODES.put(fold(name), code);
      int paren = name.indexOf(" (");
      if (paren > 0) {
        CODES.putIfAbsent(fold(name.substring(0, paren)), code);
      }
      try {
        CODES.putIfAbsent(fold(l.getISO3Country()), code);
      } catch (java.util.MissingResourceException e) {
        // no alpha-3 code for this one
      }
    }
    ALIASES.forEach((alias, code) -> CODES.putIfAbsent(alias, code));
  }

  private Countries() {}

  /** The code of the country called {@code name}, if it is one. */
  public static Optional<String> code(String name) {
    return Optional.ofNullable(CODES.get(fold(name)));
  }

  /**
   * The one or two country names nearest {@code typed}, with their codes ("Austria (AT) or
   * Australia (AU)"), if any is near.
   */
  public static Optional<String> near(String typed) {
    List<String> near = Nearest.of(typed, NAMES.keySet(), 2);
    return near.isEmpty() ? Optional.empty() : Optional.of(String.join(" or ",
        near.stream().map(n -> n + " (" + NAMES.get(n) + ")").toList()));
  }

  private static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("&", " and ").replace(".", "")
        .replaceAll("\\s+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
