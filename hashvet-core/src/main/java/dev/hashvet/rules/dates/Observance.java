package dev.hashvet.rules.dates;

import dev.hashvet.HashvetException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One sensitive date: what it is, where it is observed, how its day is found, and how serious a
 * post on it is. Read from the {@code /dates/*.yml} data files (see docs/dates.md).
 *
 * @param id stable id, e.g. "us.911-anniversary"
 * @param name what people call it
 * @param regions the markets that observe it (ISO 3166-1 alpha-2), or ["global"] for every market
 * @param kind remembrance, tragedy, religious, political, holiday or awareness
 * @param schedule how its days are found in a year
 * @param window the days before and after that count as well
 * @param time a moment of the day that matters (a minute of silence), if any
 * @param zone the zone of {@code time}; empty means local time in each market
 * @param severities how serious a promotional and a plain post are, in every market
 * @param overrides stricter (or milder) severities for some markets
 * @param guidance one or two sentences for a marketer
 * @param source where the date comes from
 * @param examples days it must fall on, by year (checked when the data is loaded and by tests)
 * @param anniversary the event it remembers (year, toll, kind of event, names), if any
 * @param where "file:line" of its entry
 */
public record Observance(
    String id,
    String name,
    List<String> regions,
    Kind kind,
    Schedule schedule,
    Window window,
    Optional<LocalTime> time,
    Optional<ZoneId> zone,
    Severities severities,
    Map<String, Severities> overrides,
    String guidance,
    String source,
    SortedMap<Integer, List<LocalDate>> examples,
    Optional<Anniversary> anniversary,
    String where) {
  public static final String GLOBAL = "global";

  public Observance {
    regions = List.copyOf(regions);
    overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    SortedMap<Integer, List<LocalDate>> ex = new TreeMap<>();
    examples.forEach((y, d) -> ex.put(y, List.copyOf(d)));
    examples = Collections.unmodifiableSortedMap(ex);
  }

  /** True when it is observed in every market. */
  public boolean isGlobal() {
    return regions.contains(GLOBAL);
  }

  /** True when it is observed in {@code region} (an upper-case ISO code). */
  public boolean observedIn(String region) {
    return isGlobal() || regions.contains(region);
  }

  /** The severities in {@code region} (its override, else the observance's own). */
  public Severities severitiesIn(String region) {
    return overrides.getOrDefault(region, severities);
  }

  /**
   * Its days starting in {@code year}; none for an anniversary before its event's year.
   *
   * @throws HashvetException (bad input, exit 2) when it cannot be dated in {@code year}, e.g.
   *     "dates: Diwali is tabled for 2024-2035 only; 2040 is outside it"
   */
  public List<DateSpan> spans(int year) {
    // No anniversary before the event: the Nice attack of 2016 is nothing on 14 July 2011.
    if (anniversary.isPresent() && year < anniversary.get().year()) {
      return List.of();
    }
    try {
      return schedule.spans(year);
    } catch (DateRule.OutOfRange e) {
      throw HashvetException.input(new Undated(this, year, e.getMessage()).message());
    }
  }
}
