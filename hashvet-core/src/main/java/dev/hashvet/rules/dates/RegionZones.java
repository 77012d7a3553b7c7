package dev.hashvet.rules.dates;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.TimeZone.SystemTimeZoneType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The representative time zone of each market: the zone whose local date decides whether a post
 * falls on an observance there. Markets listed in {@code /dates/zones.yml} use the zone given there
 * (the capital's or the main business centre's: America/New_York for US); any other ISO code uses
 * the first of its canonical zones in ICU's time zone data (a single-zone country has just one),
 * and a code with none uses UTC.
 */
public final class RegionZones {
  private final Map<String, ZoneId> listed;
  private final Map<String, ZoneId> more;

  public RegionZones(Map<String, ZoneId> listed) {
    this(listed, Map.of());
  }

  /**
   * Zones of the markets in {@code listed} (the markets a global post is checked in) and of
   * {@code more} markets that only posts naming them reach (those with imported holidays only).
   */
  public RegionZones(Map<String, ZoneId> listed, Map<String, ZoneId> more) {
    this.listed = Collections.unmodifiableMap(new LinkedHashMap<>(listed));
    this.more = Map.copyOf(more);
  }

  /** The same zones with {@code more} markets added (the listed ones keep theirs). */
  RegionZones with(Map<String, ZoneId> more) {
    Map<String, ZoneId> all = new LinkedHashMap<>(more);
    all.putAll(this.more);
    listed.keySet().forEach(all::remove);
    return new RegionZones(listed, all);
  }

  /** The zone of {@code region} (an upper-case ISO code). */
  public ZoneId zone(String region) {
    ZoneId z = listed.get(region);
    if (z == null) {
      z = more.get(region);
    }
    return z != null ? z : others.computeIfAbsent(region, RegionZones::icuZone);
  }

  /** The zones of the markets a global post does not reach (those with imported holidays only). */
  Map<String, ZoneId> more() {
    return more;
  }

  /** Every zone given in the data: the listed markets' and the others'. */
  public Map<String, ZoneId> given() {
    Map<String, ZoneId> all = new LinkedHashMap<>(listed);
    more.forEach(all::putIfAbsent);
    return all;
  }

  /** The zones of markets not listed, as asked for (at most the 250 or so ISO codes). */
  private final Map<String, ZoneId> others = new ConcurrentHashMap<>();

  private static ZoneId icuZone(String region) {
    Set<String> ids = new TreeSet<>(
        TimeZone.getAvailableIDs(SystemTimeZoneType.CANONICAL_LOCATION, region, null));
    for (String id : ids) {
      try {
        return ZoneId.of(id);
      } catch (DateTimeException e) {
        // An ICU id the JDK does not know: try the next one.
      }
    }
    return ZoneOffset.UTC;
  }

  /** The markets given a zone in the data, in file order: the markets a global post reaches. */
  public List<String> markets() {
    return List.copyOf(listed.keySet());
  }

  /** The zones given in the data, by market. */
  public Map<String, ZoneId> listed() {
    return listed;
  }
}
