package dev.hashvet.shell;

import java.util.List;

/**
 * The session's settings, as the user gave them (checked before they are kept). An empty string or
 * list means "the default": now, the clock's zone, the config's regions and languages, the config's
 * sources, no sample, no recording.
 *
 * @param at the publish time as typed (ISO-8601), or "" for now
 * @param zone the time zone for a local {@code at}, or ""
 * @param regions target markets as typed ("IN", "US", or "global"), or empty for the config's
 * @param languages audience languages, or empty for the config's
 * @param sources the live sources to sample, or empty for the config's
 * @param offline no network: text, tag, date and region rules only
 * @param sample a recorded sample file to use as the context, or ""
 * @param record a file to write the fetched context to, or ""
 * @param format "text" or "json"
 */
public record Settings(
    String at,
    String zone,
    List<String> regions,
    List<String> languages,
    List<String> sources,
    boolean offline,
    String sample,
    String record,
    String format) {
  public Settings {
    regions = List.copyOf(regions);
    languages = List.copyOf(languages);
    sources = List.copyOf(sources);
  }

  /** Everything at its default, text format. */
  public static final Settings DEFAULT =
      new Settings("", "", List.of(), List.of(), List.of(), false, "", "", "text");

  public Settings withAt(String v) {
    return new Settings(v, zone, regions, languages, sources, offline, sample, record, format);
  }

  public Settings withZone(String v) {
    return new Settings(at, v, regions, languages, sources, offline, sample, record, format);
  }

  public Settings withRegions(List<String> v) {
    return new Settings(at, zone, v, languages, sources, offline, sample, record, format);
  }

  public Settings withLanguages(List<String> v) {
    return new Settings(at, zone, regions, v, sources, offline, sample, record, format);
  }

  public Settings withSources(List<String> v) {
    return new Settings(at, zone, regions, languages, v, offline, sample, record, format);
  }

  public Settings withOffline(boolean v) {
    return new Settings(at, zone, regions, languages, sources, v, sample, record, format);
  }

  public Settings withSample(String v) {
    return new Settings(at, zone, regions, languages, sources, offline, v, record, format);
  }

  public Settings withRecord(String v) {
    return new Settings(at, zone, regions, languages, sources, offline, sample, v, format);
  }

  public Settings withFormat(String v) {
    return new Settings(at, zone, regions, languages, sources, offline, sample, record, v);
  }
}
