package dev.hashvet.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calendar keys hashvet reads. Column names match whatever their case, surrounding spaces, and
 * spaces or dashes for underscores ("Publish At" is {@code publish_at}); the singular forms
 * "region" and "language" are accepted, and so are the names spreadsheet exports use: Date (with an
 * optional Time column) for {@code publish_at}, Copy, Post, Caption or Message for {@code text},
 * Market, Country or Region for {@code regions}. {@code channel} is carried through to the output
 * under that name; every other column is carried through untouched, under its own name.
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
  /** The time of day when the date is in a column of its own (Date and Time columns). */
  public static final String TIME = "time";
  /** Not read, but known: carried through to the output as "channel". */
  public static final String CHANNEL = "channel";

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("id", ID),
      Map.entry("publish_at", PUBLISH_AT),
      Map.entry("date", PUBLISH_AT),
      Map.entry("publish_date", PUBLISH_AT),
      Map.entry("time", TIME),
      Map.entry("publish_time", TIME),
      Map.entry("timezone", TIMEZONE),
      Map.entry("time_zone", TIMEZONE),
      Map.entry("regions", REGIONS),
      Map.entry("region", REGIONS),
      Map.entry("market", REGIONS),
      Map.entry("markets", REGIONS),
      Map.entry("country", REGIONS),
      Map.entry("countries", REGIONS),
      Map.entry("languages", LANGUAGES),
      Map.entry("language", LANGUAGES),
      Map.entry("text", TEXT),
      Map.entry("copy", TEXT),
      Map.entry("post", TEXT),
      Map.entry("caption", TEXT),
      Map.entry("message", TEXT),
      Map.entry("channel", CHANNEL),
      Map.entry("ignore", IGNORE),
      Map.entry("ignore_reason", IGNORE_REASON));

  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

  private Keys() {}

  /** The key hashvet reads for the column called {@code name}, if it is one. */
  public static Optional<String> of(String name) {
    return Optional.ofNullable(NAMES.get(fold(name)));
  }

  /** The keys a column can be mapped to (--columns KEY=NAME), in the order the docs list them. */
  public static List<String> all() {
    return List.of(ID, PUBLISH_AT, TIME, TIMEZONE, REGIONS, LANGUAGES, CHANNEL, TEXT, IGNORE,
        IGNORE_REASON);
  }

  /** A column name as compared: lower case, trimmed, spaces and dashes as underscores. */
  static String fold(String name) {
    return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
  }
}
