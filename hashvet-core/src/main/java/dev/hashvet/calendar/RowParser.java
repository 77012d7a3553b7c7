package dev.hashvet.calendar;

import dev.hashvet.HashvetException;
import dev.hashvet.config.Codes;
import dev.hashvet.vet.DateTimes;
import dev.hashvet.vet.Submission;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a row's values and makes its submission. A row's own {@code timezone}, {@code regions}
 * and {@code languages} win over the command line's defaults; a local {@code publish_at} is read
 * in the row's zone, else --zone, else its first market's zone, else (a global row) UTC, and may be
 * a spreadsheet's local date (see {@link LocalDates}) with its time in a column of its own; its
 * {@code ignore} must name rules in force. Every problem of a row is named at once. Safe to use
 * from several threads.
 */
public final class RowParser {
  private static final int CACHE_LIMIT = 1_000;

  private final List<String> regions;
  private final List<String> languages;
  private final Optional<ZoneId> zone;
  private final Set<String> rules;
  private final Optional<DateTimeFormatter> dateFormat;
  private final String datePattern;
  private final Map<String, Parsed> regionCache = new ConcurrentHashMap<>();
  private final Map<String, Parsed> languageCache = new ConcurrentHashMap<>();

  /**
   * @param regions markets for rows without {@code regions} (empty: global)
   * @param languages languages for rows without {@code languages} (empty: any)
   * @param zone zone for rows without {@code timezone}
   * @param rules the ids of the rules in force, which a row's {@code ignore} may name
   * @param dateFormat the pattern of local dates (--date-format, e.g. MM/dd/yyyy); empty: ISO
   *     dates, and others only where day and month can be told apart
   * @throws HashvetException (bad input) when {@code dateFormat} is not a date pattern
   */
  public RowParser(List<String> regions, List<String> languages, Optional<ZoneId> zone,
      Collection<String> rules, Optional<String> dateFormat) {
    this.regions = List.copyOf(regions);
    this.languages = List.copyOf(languages);
    this.zone = zone;
    this.rules = Set.copyOf(rules);
    this.dateFormat = dateFormat.map(LocalDates::pattern);
    this.datePattern = dateFormat.orElse("");
  }

  /** A parser reading ISO dates (and others where day and month can be told apart). */
  public RowParser(List<String> regions, List<String> languages, Optional<ZoneId> zone,
      Collection<String> rules) {
    this(regions, languages, zone, rules, Optional.empty());
  }

  /** A parser for calendars without ignore columns (an ignore names no known rule). */
  public RowParser(List<String> regions, List<String> languages, Optional<ZoneId> zone) {
    this(regions, languages, zone, Set.of());
  }

  /** Codes as checked, or the problem with them. */
  private record Parsed(List<String> codes, Optional<String> error) {}

  private static Parsed regions(String value) {
    try {
      return new Parsed(Codes.regions(List.of(value), Keys.REGIONS), Optional.empty());
    } catch (HashvetException e) {
      return new Parsed(List.of(), Optional.of(
          e.getMessage() + " (use ISO 3166-1 codes such as US;IN, country names such as"
              + " India;Australia, or global)"));
    }
  }

  private static Parsed languages(String value) {
    try {
      return new Parsed(Codes.languages(List.of(value), Keys.LANGUAGES), Optional.empty());
    } catch (HashvetException e) {
      return new Parsed(List.of(), Optional.of(
          e.getMessage() + " (use ISO 639-1 codes such as en;es)"));
    }
  }

  /** A calendar repeats a handful of market and language lists; keeps the cache small anyway. */
  private static void trim(Map<String, Parsed> cache) {
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
  }

  /**
   * The row ready to vet.
   *
   * @throws HashvetException (bad input) naming every problem of the row, "; "-separated
   */
  public CalendarRow parse(RawRow raw) {
    List<String> problems = new ArrayList<>();
    String text = raw.value(Keys.TEXT);
    if (text.isBlank()) {
      problems.add("text: missing (the post to vet, with its hashtags)");
    }
    List<String> rowRegions = regions;
    if (!raw.value(Keys.REGIONS).isBlank()) {
      Parsed p = regionCache.computeIfAbsent(raw.value(Keys.REGIONS), RowParser::regions);
      p.error().ifPresent(problems::add);
      rowRegions = p.codes();
    }
    Optional<ZoneId> rowZone = zone;
    String tz = raw.value(Keys.TIMEZONE);
    if (!tz.isBlank()) {
      try {
        rowZone = Optional.of(DateTimes.zone(tz, Keys.TIMEZONE));
      } catch (HashvetException e) {
        problems.add(e.getMessage() + " (use an IANA zone such as America/New_York, or UTC)");
      }
    }
    ZonedDateTime at = null;
    String when = raw.value(Keys.PUBLISH_AT);
    if (when.isBlank() && !raw.value(Keys.TIME).isBlank()) {
      problems.add("publish_at: missing: the row has a time but no date");
    } else if (when.isBlank()) {
      problems.add("publish_at: missing (when the post goes out, e.g. 2026-07-04T09:00)");
    } else {
      try {
        when = LocalDates.iso(when, dateFormat, datePattern);
        if (!raw.value(Keys.TIME).isBlank()) {
          when = PublishTimes.join(when, raw.value(Keys.TIME));
        }
        try {
          at = DateTimes.parse(when,
              Optional.of(DateTimes.localZone(rowZone, rowRegions)), Keys.PUBLISH_AT);
        } catch (HashvetException e) {
          problems.add(e.getMessage()
              + " (use ISO-8601, e.g. 2026-07-04 or 2026-07-04T09:00-04:00)");
        }
      } catch (HashvetException e) {
        problems.add(e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
      }
    }
    List<String> rowLanguages = languages;
    if (!raw.value(Keys.LANGUAGES).isBlank()) {
      Parsed p = languageCache.computeIfAbsent(raw.value(Keys.LANGUAGES), RowParser::languages);
      p.error().ifPresent(problems::add);
      rowLanguages = p.codes();
    }
    RowIgnores ignores = RowIgnores.NONE;
    if (!raw.value(Keys.IGNORE).isBlank()) {
      ignores = RowIgnores.parse(raw.value(Keys.IGNORE), raw.value(Keys.IGNORE_REASON),
          raw.file() + ":" + raw.line(), rules, problems);
    } else if (!raw.value(Keys.IGNORE_REASON).isBlank()) {
      problems.add(Keys.IGNORE_REASON + ": given without ignore (the rule ids it is the reason"
          + " for)");
    }
    trim(regionCache);
    trim(languageCache);
    if (!problems.isEmpty()) {
      throw HashvetException.input(String.join("; ", problems));
    }
    String id = raw.value(Keys.ID).strip();
    Submission s = new Submission(text, at, rowRegions, rowLanguages, id);
    return new CalendarRow(raw.file(), raw.line(), id, s, raw.columns(), raw.origin(), ignores);
  }
}
