package dev.hashvet.rules.dates;

import dev.hashvet.YamlDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The observances in force: which fall on an instant in each market's own time zone, and which a
 * market has in a year. Immutable; the bundled calendar is read once.
 *
 * <p>Markets: a post for named markets is checked in each of them, on the local date in that
 * market's representative zone ({@link RegionZones}); a global post (no markets) is checked against
 * each observance in every market that keeps it, and a global observance in every market listed in
 * the zones file.
 */
public final class ObservanceCalendar {
  private static final String FOLDER = "/dates/";

  private static final int MEMO_FROM = 1900;
  private static final int MEMO_TO = 2200;

  private final List<Observance> observances;
  private final RegionZones zones;
  /**
   * The days of each observance in each year asked for: a memo of pure computations (the lunar
   * calendars and the astronomy cost microseconds to milliseconds each and a vet asks for the same
   * few years again and again), bounded by the observances times the years 1900-2200.
   */
  private final Map<String, Dating> memo = new ConcurrentHashMap<>();

  /** The spans of one observance in one year, or why it cannot be dated. */
  private record Dating(List<DateSpan> spans, String undatable) {}

  /**
   * A question asked of the calendar: a moment and the markets. The answers depend only on the
   * local dates of the moment in the markets' zones; since 1980 every zone's offset is a whole
   * number of quarter hours, so moments are grouped by quarter hour (earlier ones, when some zones
   * kept offsets in seconds, by second).
   */
  private record Asked(long slot, List<String> regions) {
    private static final long QUARTERS_FROM = 315_532_800L; // 1980-01-01T00:00:00Z

    static Asked of(ZonedDateTime at, List<String> regions) {
      long s = at.toEpochSecond();
      long slot = s >= QUARTERS_FROM ? Math.floorDiv(s, 900) : -1 - (QUARTERS_FROM - s);
      return new Asked(slot, List.copyOf(regions));
    }
  }

  /** Questions kept in {@link #recentOn} and {@link #recentUndated} before they are cleared. */
  private static final int RECENT = 256;

  /**
   * The answers to the last questions: the date rules of one vet (five or more) all ask about the
   * same moment and markets, and answering means walking every observance in every market (45 for
   * a global post), so a calendar row asks once instead of once per rule.
   */
  private final Map<Asked, List<Occurrence>> recentOn = new ConcurrentHashMap<>();

  private final Map<Asked, List<Undated>> recentUndated = new ConcurrentHashMap<>();

  private ObservanceCalendar(List<Observance> observances, RegionZones zones) {
    this.observances = List.copyOf(observances);
    this.zones = zones;
  }

  /** The calendar bundled with hashvet ({@code /dates/index.txt} and {@code /dates/zones.yml}). */
  public static ObservanceCalendar bundled() {
    return Bundled.INSTANCE;
  }

  /** Lazily loaded once, on first use, by the class loader's guarantee. */
  private static final class Bundled {
    static final ObservanceCalendar INSTANCE = loadBundled();
  }

  private static ObservanceCalendar loadBundled() {
    List<YamlDoc> files = new ArrayList<>();
    for (String name : YamlDoc.index(FOLDER + "index.txt")) {
      files.add(YamlDoc.resource(FOLDER + name));
    }
    return load(files, YamlDoc.resource(FOLDER + "zones.yml"));
  }

  /**
   * A calendar from observance files and a zones file.
   *
   * @throws dev.hashvet.HashvetException on any problem in the data, naming file and line
   */
  public static ObservanceCalendar load(List<YamlDoc> files, YamlDoc zonesFile) {
    RegionZones zones = ObservanceReader.zones(zonesFile);
    List<Observance> all = new ArrayList<>();
    Map<String, Observance> byId = new HashMap<>();
    for (YamlDoc doc : files) {
      List<Observance> list = ObservanceReader.observances(doc);
      for (int i = 0; i < list.size(); i++) {
        Observance o = list.get(i);
        Observance before = byId.putIfAbsent(o.id(), o);
        if (before != null) {
          throw doc.error("/observances/" + i + "/id", "observance id '" + o.id()
              + "' is already defined at " + before.where());
        }
        all.add(o);
      }
    }
    return new ObservanceCalendar(all, zones);
  }

  public List<Observance> observances() {
    return observances;
  }

  public Optional<Observance> observance(String id) {
    return observances.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  public RegionZones zones() {
    return zones;
  }

  /** Every market named by an observance or the zones file, sorted. */
  public Set<String> regions() {
    Set<String> out = new java.util.TreeSet<>(zones.markets());
    observances.forEach(o -> o.regions().stream().filter(r -> !r.equals(Observance.GLOBAL))
        .forEach(out::add));
    return out;
  }

  /**
   * The occurrences in force at {@code at}: for each market of {@code regions} (empty: a global
   * post), each observance kept there whose window holds the local date of {@code at} in that
   * market's zone. In data order, then market order. Observances that cannot be dated then are
   * left out here and listed by {@link #undatedOn}.
   */
  public List<Occurrence> on(ZonedDateTime at, List<String> regions) {
    trim();
    return recentOn.computeIfAbsent(Asked.of(at, regions),
        k -> List.copyOf(computeOn(at, regions)));
  }

  private List<Occurrence> computeOn(ZonedDateTime at, List<String> regions) {
    List<Occurrence> out = new ArrayList<>();
    Instant instant = at.toInstant();
    for (Observance o : observances) {
      Map<Integer, List<DateSpan>> spans = new HashMap<>();
      for (String region : marketsFor(o, regions)) {
        ZoneId zone = zones.zone(region);
        LocalDate local = instant.atZone(zone).toLocalDate();
        for (int y : years(o, local)) {
          for (DateSpan s : spans.computeIfAbsent(y, year -> datable(o, year))) {
            Occurrence occ = new Occurrence(o, region, zone, s);
            if (occ.covers(local)) {
              out.add(occ);
            }
          }
        }
      }
    }
    return out;
  }

  /** The observances for {@code regions} that cannot be dated around {@code at}. */
  public List<Undated> undatedOn(ZonedDateTime at, List<String> regions) {
    trim();
    return recentUndated.computeIfAbsent(Asked.of(at, regions),
        k -> List.copyOf(computeUndatedOn(at, regions)));
  }

  /**
   * Keeps the memo of recent questions small: every date rule of a vet asks the same question, so
   * only the last few matter.
   */
  private void trim() {
    if (recentOn.size() > RECENT || recentUndated.size() > RECENT) {
      recentOn.clear();
      recentUndated.clear();
    }
  }

  private List<Undated> computeUndatedOn(ZonedDateTime at, List<String> regions) {
    Map<String, Undated> out = new LinkedHashMap<>();
    Instant instant = at.toInstant();
    for (Observance o : observances) {
      for (String region : marketsFor(o, regions)) {
        LocalDate local = instant.atZone(zones.zone(region)).toLocalDate();
        for (int y : years(o, local)) {
          Dating d = dating(o, y);
          if (d.undatable() != null) {
            out.putIfAbsent(o.id() + "@" + y, new Undated(o, y, d.undatable()));
          }
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The occurrences {@code region} has in {@code year} (its own observances and the global ones),
   * sorted by date; "global" lists every observance. Includes an observance that began the year
   * before and lasts into this one. Observances that cannot be dated are listed by {@link #undated}.
   */
  public List<Occurrence> year(String region, int year) {
    boolean all = region.equalsIgnoreCase(Observance.GLOBAL);
    ZoneId zone = all ? ZoneOffset.UTC : zones.zone(region);
    List<Occurrence> out = new ArrayList<>();
    for (Observance o : observances) {
      if (!all && !o.observedIn(region)) {
        continue;
      }
      for (int y = year - 1; y <= year; y++) {
        for (DateSpan s : datable(o, y)) {
          if (s.start().getYear() == year || s.end().getYear() == year) {
            out.add(new Occurrence(o, all ? Observance.GLOBAL : region, zone, s));
          }
        }
      }
    }
    out.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::end)
        .thenComparing(oc -> oc.observance().name()));
    return out;
  }

  /** The observances of {@code region} ("global": all) that cannot be dated in {@code year}. */
  public List<Undated> undated(String region, int year) {
    boolean all = region.equalsIgnoreCase(Observance.GLOBAL);
    List<Undated> out = new ArrayList<>();
    for (Observance o : observances) {
      if (!all && !o.observedIn(region)) {
        continue;
      }
      Dating d = dating(o, year);
      if (d.undatable() != null) {
        out.add(new Undated(o, year, d.undatable()));
      }
    }
    return out;
  }

  /** The markets in which to check {@code o} for a post aimed at {@code regions}. */
  private List<String> marketsFor(Observance o, List<String> regions) {
    if (!regions.isEmpty()) {
      return o.isGlobal() ? regions : regions.stream().filter(o.regions()::contains).toList();
    }
    if (!o.isGlobal()) {
      return o.regions();
    }
    Set<String> markets = new LinkedHashSet<>(zones.markets());
    return new ArrayList<>(markets);
  }

  /** The years whose spans may hold {@code local} in their window. */
  private static List<Integer> years(Observance o, LocalDate local) {
    int from = local.minusDays(o.window().after() + (long) o.schedule().maxDays()).getYear();
    int to = local.plusDays(o.window().before()).getYear();
    List<Integer> out = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      out.add(y);
    }
    return out;
  }

  private List<DateSpan> datable(Observance o, int year) {
    return dating(o, year).spans();
  }

  private Dating dating(Observance o, int year) {
    if (year < MEMO_FROM || year > MEMO_TO) {
      return compute(o, year);
    }
    return memo.computeIfAbsent(o.id() + "@" + year, k -> compute(o, year));
  }

  private static Dating compute(Observance o, int year) {
    try {
      return new Dating(o.schedule().spans(year), null);
    } catch (DateRule.OutOfRange e) {
      return new Dating(List.of(), e.getMessage());
    }
  }


}
