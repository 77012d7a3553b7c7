package dev.hashvet.calendar;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calendar keys hashvet reads. Column names match whatever their case, surrounding spaces, and
 * spaces or dashes for underscores ("Publish At" is {@code publish_at}); the singular forms
 * "region" and "language" are accepted. Every other column, {@code channel} included, is carried
 * through to the output untouched.
 */
public final class Keys {
  public static final String ID = "id";
  public static final String PUBLISH_AT = "publish_at";
  public static final String TIMEZONE = "timezone";
  public static final String REGIONS = "regions";
  public static final String LANGUAGES = "languages";
  public static final String TEXT = "text";
  public static final String IGNORE = "ignore";
  public static final String IGNORE_REASON = "ignore_reason";

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("id", ID),
      Map.entry("publish_at", PUBLISH_AT),
      Map.entry("timezone", TIMEZONE),
      Map.entry("time_zone", TIMEZONE),
      Map.entry("regions", REGIONS),
      Map.entry("region", REGIONS),
      Map.entry("languages", LANGUAGES),
      Map.entry("language", LANGUAGES),
      Map.entry("text", TEXT),
      Map.entry("ignore", IGNORE),
      Map.entry("ignore_reason", IGNORE_REASON));

  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

  private Keys() {}

  /** The key hashvet reads for the column called {@code name}, if it is one. */
  public static Optional<String> of(String name) {
    String n = SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    return Optional.ofNullable(NAMES.get(n));
  }
}
