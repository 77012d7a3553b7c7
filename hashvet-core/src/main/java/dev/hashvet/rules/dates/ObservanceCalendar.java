package dev.hashvet.rules.dates;

import dev.hashvet.YamlDoc;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
   * The days of each observance in each year asked for, by observance (data order) and year: a
   * memo of pure computations (the lunar calendars and the astronomy cost microseconds to
   * milliseconds each and a vet asks for the same few years again and again), bounded by the
   * observances times the years 1900-2200.
   */
  private final List<AtomicReferenceArray<Dating>> memo;

  /** The position of each observance in data order. */
  private final Map<Observance, Integer> position = new IdentityHashMap<>();

  /** Every market a global post is checked in: the zones file's, then the observances' own. */
  private final List<String> everyMarket;

  /** Per observance (data order): whether it is global, and the rank of each of its markets. */
  private final boolean[] global;

  private final List<Map<String, Integer>> marketRank;

  /** The zone of each of {@link #everyMarket}, worked out for the first global post. */
  private volatile ZoneId[] everyZone;

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

  /** Questions kept in {@link #recent} before it is cleared. */
  private static final int RECENT = 256;

  /**
   * The answers to the last questions: the date rules of one vet (five or more) all ask about the
   * same moment and markets, and answering means walking every observance in every market (some
   * eighty for a global post), so a calendar row asks once instead of once per rule.
   */
  private final Map<Asked, Answer> recent = new ConcurrentHashMap<>();

  /** The occurrences in force at a moment in some markets, and what cannot be dated then. */
  private record Answer(List<Occurrence> on, List<Undated> undated) {}

  /** An observance with the span whose window holds a date. */
  private record Cover(Observance observance, int position, DateSpan span) {}

  /**
   * What is in force on a local date in any market that keeps it (data order): the same for
   * every market, so a global post, checked in some eighty markets, asks once per date.
   */
  private record DateAnswer(List<Cover> on, List<Undated> undated) {}

  /** Dates kept in {@link #dates} before it is cleared. */
  private static final int DATES = 20_000;

  private final Map<LocalDate, DateAnswer> dates = new ConcurrentHashMap<>();

  /** Local dates of instants, with the offset bounds of the zones met so far. */
  private final LocalDates localDates = new LocalDates();

  /**
   * The imported public holidays (files under {@code dates/holidays/}, one per market), by market:
   * the resource of each, and its calendar once a post or a listing for that market asks.
   */
  private final Map<String, String> importedFiles;

  private final Map<String, ObservanceCalendar> imported = new ConcurrentHashMap<>();

  private ObservanceCalendar(List<Observance> observances, RegionZones zones) {
    this(observances, zones, Map.of());
  }

  private ObservanceCalendar(List<Observance> observances, RegionZones zones,
      Map<String, String> importedFiles) {
    this.observances = List.copyOf(observances);
    this.zones = zones;
    this.importedFiles = Collections.unmodifiableMap(new TreeMap<>(importedFiles));
    List<AtomicReferenceArray<Dating>> m = new ArrayList<>(this.observances.size());
    this.global = new boolean[this.observances.size()];
    List<Map<String, Integer>> marketRank = new ArrayList<>(this.observances.size());
    Set<String> markets = new LinkedHashSet<>(zones.markets());
    for (int i = 0; i < this.observances.size(); i++) {
      Observance o = this.observances.get(i);
      m.add(new AtomicReferenceArray<>(MEMO_TO - MEMO_FROM + 1));
      position.put(o, i);
      global[i] = o.isGlobal();
      Map<String, Integer> ranks = new HashMap<>();
      for (int r = 0; r < o.regions().size(); r++) {
        ranks.putIfAbsent(o.regions().get(r), r);
      }
      marketRank.add(Map.copyOf(ranks));
      if (!o.isGlobal()) {
        markets.addAll(o.regions());
      }
    }
    this.memo = List.copyOf(m);
    this.everyMarket = List.copyOf(markets);
    this.marketRank = List.copyOf(marketRank);
  }

  /**
   * A new calendar of the bundled observances ({@code /dates/index.txt} and {@code
   * /dates/zones.yml}), with caches of its own: a run makes one (its {@code RulePackReader} does)
   * and shares it between threads.
   */
  public static ObservanceCalendar readBundled() {
    ObservanceImage.Parts parts = Bundled.PARTS;
    return new ObservanceCalendar(parts.observances(), parts.zones(), parts.importedFiles());
  }

  /** The markets' zones of the bundled calendar, read once and never changed. */
  public static RegionZones bundledZones() {
    return Bundled.PARTS.zones();
  }

  /**
   * The bundled observances, zones and imported files, immutable, read once on first use (by the
   * class loader's guarantee): from the image worked out at build time ({@link ObservanceImage}),
   * or from the YAML files while the build makes the image.
   */
  private static final class Bundled {
    static final ObservanceImage.Parts PARTS = read();

    private static ObservanceImage.Parts read() {
      ObservanceImage.Parts parts = ObservanceImage.bundled();
      return parts != null ? parts : parseBundled();
    }
  }

  /** The bundled calendar's parts read from the YAML files: what the image holds. */
  static ObservanceImage.Parts parseBundled() {
    List<YamlDoc> files = new ArrayList<>();
    Map<String, String> importedFiles = new LinkedHashMap<>();
    for (String name : YamlDoc.index(FOLDER + "index.txt")) {
      if (name.startsWith(IMPORTED)) {
        importedFiles.put(name.substring(IMPORTED.length(), name.length() - ".yml".length()),
            FOLDER + name);
      } else {
        files.add(YamlDoc.resource(FOLDER + name));
      }
    }
    // The bundled examples are checked by the tests (ObservanceCalendarTest), not at each start.
    ObservanceCalendar curated = load(files, YamlDoc.resource(FOLDER + "zones.yml"), false);
    RegionZones zones = importedFiles.isEmpty() ? curated.zones : curated.zones.with(
        ObservanceReader.zones(YamlDoc.resource(FOLDER + IMPORTED + "zones.yml")).listed());
    return new ObservanceImage.Parts(curated.observances, zones, importedFiles);
  }

  /** The folder of the imported holidays, inside {@link #FOLDER}: {@code holidays/CC.yml}. */
  private static final String IMPORTED = "holidays/";

  /** The imported holidays of {@code market}, read on first use; null when it has none. */
  private ObservanceCalendar imported(String market) {
    String file = importedFiles.get(market);
    if (file == null) {
      return null;
    }
    return imported.computeIfAbsent(market, m -> {
      YamlDoc doc = YamlDoc.resource(file);
      List<Observance> list = ObservanceReader.observances(doc, false);
      for (int i = 0; i < list.size(); i++) {
        Observance o = list.get(i);
        if (!o.regions().equals(List.of(m))) {
          throw doc.error("/observances/" + i + "/regions", "a file under " + IMPORTED
              + " holds observances of its own market (" + m + ") only");
        }
        if (ids().contains(o.id())) {
          throw doc.error("/observances/" + i + "/id", "observance id '" + o.id()
              + "' is already defined at " + observance(o.id()).orElseThrow().where());
        }
      }
      return new ObservanceCalendar(list, zones);
    });
  }

  private volatile Set<String> ids;

  private Set<String> ids() {
    Set<String> i = ids;
    if (i == null) {
      i = new java.util.HashSet<>();
      for (Observance o : observances) {
        i.add(o.id());
      }
      ids = i;
    }
    return i;
  }

  /** The imported calendars of {@code markets} that have one, loading them as needed. */
  private List<ObservanceCalendar> importedFor(List<String> markets) {
    List<ObservanceCalendar> out = new ArrayList<>();
    for (String m : markets) {
      ObservanceCalendar c = imported(m);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Every market's imported calendar (all of them loaded). */
  private List<ObservanceCalendar> allImported() {
    return importedFor(List.copyOf(importedFiles.keySet()));
  }

  /**
   * A calendar from observance files and a zones file; each observance's example dates are
   * checked against its date rule.
   *
   * @throws dev.hashvet.HashvetException on any problem in the data, naming file and line
   */
  public static ObservanceCalendar load(List<YamlDoc> files, YamlDoc zonesFile) {
    return load(files, zonesFile, true);
  }

  private static ObservanceCalendar load(List<YamlDoc> files, YamlDoc zonesFile,
      boolean checkExamples) {
    RegionZones zones = ObservanceReader.zones(zonesFile);
    List<Observance> all = new ArrayList<>();
    Map<String, Observance> byId = new HashMap<>();
    for (YamlDoc doc : files) {
      List<Observance> list = ObservanceReader.observances(doc, checkExamples);
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

  /**
   * This calendar with a team's own observance files (found in its rule folders): their
   * examples are checked, and an id this calendar has already is an error naming file and line.
   */
  public ObservanceCalendar with(List<YamlDoc> files) {
    if (files.isEmpty()) {
      return this;
    }
    List<Observance> all = new ArrayList<>(observances);
    Map<String, Observance> byId = new HashMap<>();
    observances.forEach(o -> byId.put(o.id(), o));
    for (YamlDoc doc : files) {
      List<Observance> list = ObservanceReader.observances(doc, true);
      for (int i = 0; i < list.size(); i++) {
        Observance o = list.get(i);
        Observance before = byId.putIfAbsent(o.id(), o);
        if (before != null || observance(o.id()).isPresent()) {
          throw doc.error("/observances/" + i + "/id", "observance id '" + o.id()
              + "' is already defined" + (before != null ? " at " + before.where() : ""));
        }
        all.add(o);
      }
    }
    return new ObservanceCalendar(all, zones, importedFiles);
  }

  /** Every observance: the curated ones, then each market's imported holidays (all loaded). */
  public List<Observance> observances() {
    if (importedFiles.isEmpty()) {
      return observances;
    }
    List<Observance> out = new ArrayList<>(observances);
    allImported().forEach(c -> out.addAll(c.observances));
    return out;
  }

  public Optional<Observance> observance(String id) {
    Optional<Observance> o = observances.stream().filter(x -> x.id().equals(id)).findFirst();
    if (o.isPresent() || importedFiles.isEmpty()) {
      return o;
    }
    // Imported ids begin with their market's code (gb.early-may-bank-holiday).
    String market = id.contains(".") ? id.substring(0, id.indexOf('.')).toUpperCase(Locale.ROOT)
        : "";
    ObservanceCalendar c = imported(market);
    return c == null ? Optional.empty() : c.observance(id);
  }

  public RegionZones zones() {
    return zones;
  }

  /** Every market named by an observance or the zones file, sorted. */
  public Set<String> regions() {
    Set<String> out = new java.util.TreeSet<>(zones.markets());
    observances.forEach(o -> o.regions().stream().filter(r -> !r.equals(Observance.GLOBAL))
        .forEach(out::add));
    out.addAll(importedFiles.keySet());
    return out;
  }

  /**
   * The occurrences in force at {@code at}: for each market of {@code regions} (empty: a global
   * post), each observance kept there whose window holds the local date of {@code at} in that
   * market's zone. In data order, then market order. Observances that cannot be dated then are
   * left out here and listed by {@link #undatedOn}.
   */
  public List<Occurrence> on(ZonedDateTime at, List<String> regions) {
    List<Occurrence> on = answer(at, regions).on();
    List<ObservanceCalendar> more = importedFor(regions);
    if (more.isEmpty()) {
      return on;
    }
    List<Occurrence> out = new ArrayList<>(on);
    for (String region : regions) {
      ObservanceCalendar local = imported(region);
      if (local != null) {
        out.addAll(local.answer(at, List.of(region)).on());
      }
    }
    return out;
  }

  /** The observances for {@code regions} that cannot be dated around {@code at}. */
  public List<Undated> undatedOn(ZonedDateTime at, List<String> regions) {
    List<Undated> undated = answer(at, regions).undated();
    List<ObservanceCalendar> more = importedFor(regions);
    if (more.isEmpty()) {
      return undated;
    }
    List<Undated> out = new ArrayList<>(undated);
    for (String region : regions) {
      ObservanceCalendar local = imported(region);
      if (local != null) {
        local.answer(at, List.of(region)).undated().stream()
            .filter(u -> !out.contains(u)).forEach(out::add);
      }
    }
    return out;
  }

  private Answer answer(ZonedDateTime at, List<String> regions) {
    trim();
    return recent.computeIfAbsent(Asked.of(at, regions), k -> compute(at, regions));
  }

  /**
   * Keeps the memos small: every date rule of a vet asks the same question, so only the last few
   * questions matter; dates repeat across a calendar, but a long one must not grow them forever.
   */
  private void trim() {
    if (recent.size() > RECENT) {
      recent.clear();
    }
    if (dates.size() > DATES) {
      dates.clear();
    }
  }

  /**
   * Walks the markets once: in each, what is in force on the local date there and is kept there,
   * ordered by observance (data order), then market (see {@link #rank}).
   */
  private Answer compute(ZonedDateTime at, List<String> regions) {
    boolean globalPost = regions.isEmpty();
    Instant instant = at.toInstant();
    List<String> markets = globalPost ? everyMarket : regions;
    ZoneId[] marketZones = globalPost ? everyZone() : null;
    Buckets<Occurrence> on = new Buckets<>();
    Buckets<Undated> undated = new Buckets<>();
    for (int m = 0; m < markets.size(); m++) {
      String region = markets.get(m);
      ZoneId zone = globalPost ? marketZones[m] : zones.zone(region);
      DateAnswer day = onDate(localDates.of(instant, zone));
      for (Cover c : day.on()) {
        int rank = rank(c.position(), region, m, globalPost);
        if (rank >= 0) {
          on.add(c.position(), rank, new Occurrence(c.observance(), region, zone, c.span()));
        }
      }
      for (Undated u : day.undated()) {
        int p = position.get(u.observance());
        int rank = rank(p, region, m, globalPost);
        if (rank >= 0) {
          undated.add(p, rank, u);
        }
      }
    }
    Map<String, Undated> distinct = new LinkedHashMap<>();
    for (Undated u : undated.sorted()) {
      distinct.putIfAbsent(u.observance().id() + "@" + u.year(), u);
    }
    return new Answer(List.copyOf(on.sorted()), List.copyOf(distinct.values()));
  }

  /**
   * The anniversaries that name their event ({@code terms}) and are on their own day at {@code
   * at} in their first market's zone, but are kept in none of {@code regions}: a post elsewhere
   * that names the event is still read against it. Each is seen from its first market. Empty for
   * a global post (it is checked in every market already).
   */
  public List<Occurrence> elsewhere(ZonedDateTime at, List<String> regions) {
    if (regions.isEmpty()) {
      return List.of();
    }
    Instant instant = at.toInstant();
    LocalDate utc = localDates.of(instant, ZoneOffset.UTC);
    List<Occurrence> out = new ArrayList<>();
    // Every zone's date is within a day of the UTC date.
    for (LocalDate d = utc.minusDays(1); !d.isAfter(utc.plusDays(1)); d = d.plusDays(1)) {
      for (Cover c : onDate(d).on()) {
        Observance o = c.observance();
        if (global[c.position()] || !c.span().contains(d) || o.anniversary().isEmpty()
            || o.anniversary().get().terms().isEmpty()
            || regions.stream().anyMatch(o::observedIn)) {
          continue;
        }
        String home = o.regions().get(0);
        ZoneId zone = zones.zone(home);
        if (localDates.of(instant, zone).equals(d)) {
          out.add(new Occurrence(o, home, zone, c.span()));
        }
      }
    }
    return out;
  }

  /**
   * Where {@code region} comes among the markets {@code o} is checked in for a post, or -1 when
   * it is not one of them. A post for named markets checks every observance kept there in the
   * order the post names them ({@code m}); a global post checks an observance of particular
   * markets in each of its markets, in the observance's order, and a global observance in every
   * market of the zones file, in that file's order.
   */
  private int rank(int observance, String region, int m, boolean globalPost) {
    if (global[observance]) {
      return !globalPost || zones.listed().containsKey(region) ? m : -1;
    }
    Integer i = marketRank.get(observance).get(region);
    return i == null ? -1 : globalPost ? i : m;
  }

  private ZoneId[] everyZone() {
    ZoneId[] z = everyZone;
    if (z == null) {
      z = new ZoneId[everyMarket.size()];
      for (int m = 0; m < z.length; m++) {
        z[m] = zones.zone(everyMarket.get(m));
      }
      everyZone = z;
    }
    return z;
  }

  /**
   * Items by observance (data order), each with its market's rank; within an observance they
   * keep the order they came in (years, spans) among equal ranks.
   */
  private static final class Buckets<T> {
    // A sorted map, not an array of every observance: a day has a handful of items, and the
    // calendar thousands of observances (allocating for all of them was most of a row's cost).
    private final java.util.TreeMap<Integer, List<Ranked<T>>> byObservance =
        new java.util.TreeMap<>();
    private java.util.Set<Integer> unsorted;

    void add(int observance, int rank, T item) {
      List<Ranked<T>> b = byObservance.get(observance);
      if (b == null) {
        b = new ArrayList<>(4);
        byObservance.put(observance, b);
      } else if (b.get(b.size() - 1).market() > rank) {
        if (unsorted == null) {
          unsorted = new java.util.HashSet<>();
        }
        unsorted.add(observance);
      }
      b.add(new Ranked<>(rank, item));
    }

    List<T> sorted() {
      List<T> out = new ArrayList<>();
      for (var e : byObservance.entrySet()) {
        List<Ranked<T>> b = e.getValue();
        if (unsorted != null && unsorted.contains(e.getKey())) {
          b.sort(Comparator.comparingInt(Ranked::market)); // stable
        }
        b.forEach(r -> out.add(r.item()));
      }
      return out;
    }
  }

  private record Ranked<T>(int market, T item) {}

  /** What is in force on {@code local} in any market (memo). */
  private DateAnswer onDate(LocalDate local) {
    return dates.computeIfAbsent(local, d -> {
      List<Cover> on = new ArrayList<>();
      List<Undated> undated = new ArrayList<>();
      for (int i = 0; i < observances.size(); i++) {
        Observance o = observances.get(i);
        for (int y : years(o, local)) {
          Dating dating = dating(i, y);
          if (dating.undatable() != null) {
            undated.add(new Undated(o, y, dating.undatable()));
          }
          for (DateSpan s : dating.spans()) {
            if (Occurrence.covers(o, s, local)) {
              on.add(new Cover(o, i, s));
            }
          }
        }
      }
      return new DateAnswer(List.copyOf(on), List.copyOf(undated));
    });
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
    for (int i = 0; i < observances.size(); i++) {
      Observance o = observances.get(i);
      if (!all && !o.observedIn(region)) {
        continue;
      }
      for (int y = year - 1; y <= year; y++) {
        for (DateSpan s : dating(i, y).spans()) {
          if (s.start().getYear() == year || s.end().getYear() == year) {
            out.add(new Occurrence(o, all ? Observance.GLOBAL : region, zone, s));
          }
        }
      }
    }
    for (ObservanceCalendar c : all ? allImported() : importedFor(List.of(region))) {
      out.addAll(c.year(region, year));
    }
    out.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::end)
        .thenComparing(oc -> oc.observance().name()));
    return out;
  }

  /** The observances of {@code region} ("global": all) that cannot be dated in {@code year}. */
  public List<Undated> undated(String region, int year) {
    boolean all = region.equalsIgnoreCase(Observance.GLOBAL);
    List<Undated> out = new ArrayList<>();
    for (int i = 0; i < observances.size(); i++) {
      Observance o = observances.get(i);
      if (!all && !o.observedIn(region)) {
        continue;
      }
      Dating d = dating(i, year);
      if (d.undatable() != null) {
        out.add(new Undated(o, year, d.undatable()));
      }
    }
    for (ObservanceCalendar c : all ? allImported() : importedFor(List.of(region))) {
      out.addAll(c.undated(region, year));
    }
    return out;
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

  private Dating dating(int observance, int year) {
    Observance o = observances.get(observance);
    if (year < MEMO_FROM || year > MEMO_TO) {
      return compute(o, year);
    }
    AtomicReferenceArray<Dating> years = memo.get(observance);
    Dating d = years.get(year - MEMO_FROM);
    if (d == null) {
      // Two threads may both compute a year: the answers are equal, either one is kept.
      d = compute(o, year);
      years.compareAndSet(year - MEMO_FROM, null, d);
    }
    return d;
  }

  private static Dating compute(Observance o, int year) {
    try {
      return new Dating(o.schedule().spans(year), null);
    } catch (DateRule.OutOfRange e) {
      return new Dating(List.of(), e.getMessage());
    }
  }


}
