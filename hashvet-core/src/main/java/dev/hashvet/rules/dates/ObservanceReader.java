package dev.hashvet.rules.dates;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.YamlDoc;
import dev.hashvet.rules.Severity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads observance files and the zones file (formats in docs/dates.md). Every problem is an input
 * error naming the file, line and key; an entry whose examples disagree with its date rule is one
 * too, so a wrong rule can never load.
 */
final class ObservanceReader {
  private static final Set<String> FILE_KEYS = Set.of("description", "observances");
  private static final Set<String> KEYS = Set.of("id", "name", "regions", "kind", "date", "window",
      "time", "zone", "promo", "plain", "overrides", "guidance", "source", "examples", "year",
      "toll", "event", "terms");
  private static final Set<String> DATE_KINDS = Set.of("fixed", "nth_weekday", "weekday_before",
      "weekday_from", "easter", "hijri", "hebrew", "chinese", "julian", "solar_term", "table");
  private static final Set<String> DATE_MODIFIERS = Set.of("offset", "shift", "days");
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());
  private static final int MAX_WINDOW = 31;

  private final YamlDoc doc;
  private final boolean checkExamples;

  private ObservanceReader(YamlDoc doc, boolean checkExamples) {
    this.doc = doc;
    this.checkExamples = checkExamples;
  }

  /**
   * The observances of one file; with {@code checkExamples}, each example date is computed and
   * compared (the lunar calendars make that the slow part of reading a file).
   */
  static List<Observance> observances(YamlDoc doc, boolean checkExamples) {
    return new ObservanceReader(doc, checkExamples).readFile();
  }

  /** The zones file: {@code zones: {US: America/New_York, ...}}. */
  static RegionZones zones(YamlDoc doc) {
    doc.checkKeys("", Set.of("description", "zones"));
    JsonNode zones = doc.root().path("zones");
    if (!zones.isObject() || zones.isEmpty()) {
      throw doc.error("/zones", "'zones' must map region codes to time zones");
    }
    Map<String, ZoneId> out = new LinkedHashMap<>();
    for (Iterator<String> it = zones.fieldNames(); it.hasNext(); ) {
      String code = it.next();
      String p = "/zones/" + YamlDoc.escape(code);
      if (!ISO.contains(code)) {
        throw doc.error(p, "unknown region code '" + code + "' (ISO 3166-1 alpha-2, upper case)");
      }
      out.put(code, zone(doc, p, zones.get(code).asText()));
    }
    return new RegionZones(out);
  }

  private List<Observance> readFile() {
    if (!doc.root().isObject()) {
      throw doc.error("", "an observance file is a mapping with 'observances'");
    }
    doc.checkKeys("", FILE_KEYS);
    JsonNode list = doc.root().path("observances");
    if (!list.isArray() || list.isEmpty()) {
      throw doc.error("/observances", "'observances' must be a non-empty list");
    }
    List<Observance> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(entry("/observances/" + i));
    }
    return out;
  }

  private Observance entry(String p) {
    if (!doc.root().at(p).isObject()) {
      throw doc.error(p, "an observance is a mapping with id, name, regions, kind, date, ...");
    }
    doc.checkKeys(p, KEYS);
    String id = text(p, "id");
    if (!id.matches("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+")) {
      throw doc.error(p + "/id", "observance id '" + id + "' must look like 'us.911-anniversary'");
    }
    String name = text(p, "name");
    List<String> regions = regions(p);
    String kindText = text(p, "kind");
    Kind kind = Kind.parse(kindText).orElseThrow(() -> doc.error(p + "/kind", "unknown kind '"
        + kindText + "' (known: remembrance, tragedy, religious, political, holiday, awareness)"));
    Schedule schedule = schedule(p + "/date");
    Window window = window(p + "/window");
    Optional<LocalTime> time = optText(p, "time").map(t -> time(p + "/time", t));
    Optional<ZoneId> zone = optText(p, "zone").map(z -> zone(doc, p + "/zone", z));
    if (zone.isPresent() && time.isEmpty()) {
      throw doc.error(p + "/zone", "'zone' is the zone of 'time'; give a time too");
    }
    Severities severities = severities(p);
    Map<String, Severities> overrides = overrides(p, regions);
    String guidance = text(p, "guidance");
    String source = text(p, "source");
    String where = doc.where(p);
    SortedMap<Integer, List<LocalDate>> examples = dateMap(p + "/examples", "examples");
    Optional<Anniversary> anniversary = anniversary(p);
    Observance o = new Observance(id, name, regions, kind, schedule, window, time, zone,
        severities, overrides, guidance, source, examples, anniversary, where);
    if (checkExamples) {
      checkExamples(o, p + "/examples");
    }
    return o;
  }

  /** {@code year}, {@code toll}, {@code event} and {@code terms}: the event it remembers. */
  private Optional<Anniversary> anniversary(String p) {
    JsonNode n = doc.root().at(p);
    if (!n.has("year")) {
      for (String k : List.of("toll", "event", "terms")) {
        if (n.has(k)) {
          throw doc.error(p + "/" + k, "'" + k + "' describes an event; give its 'year' too");
        }
      }
      return Optional.empty();
    }
    int year = integer(p + "/year", 0, 1, 2200);
    OptionalInt toll = n.has("toll") ? OptionalInt.of(integer(p + "/toll", 0, 0, 100_000_000))
        : OptionalInt.empty();
    Optional<String> event = optText(p, "event");
    if (event.isPresent() && !Anniversary.EVENTS.contains(event.get())) {
      throw doc.error(p + "/event", "unknown event '" + event.get() + "' (known: "
          + String.join(", ", new java.util.TreeSet<>(Anniversary.EVENTS)) + ")");
    }
    List<String> terms = new ArrayList<>();
    JsonNode t = n.path("terms");
    if (!t.isMissingNode()) {
      if (!t.isArray() || t.isEmpty()) {
        throw doc.error(p + "/terms", "'terms' lists the words that name the event, e.g."
            + " [Rana Plaza]");
      }
      for (int i = 0; i < t.size(); i++) {
        String term = t.get(i).asText().strip();
        if (!t.get(i).isTextual() || term.length() < 2) {
          throw doc.error(p + "/terms/" + i, "a term is a word or phrase of 2 or more characters");
        }
        terms.add(term);
      }
    }
    return Optional.of(new Anniversary(year, toll, event, terms));
  }

  private void checkExamples(Observance o, String p) {
    for (var e : o.examples().entrySet()) {
      String at = p + "/" + e.getKey();
      List<LocalDate> got;
      try {
        got = o.schedule().spans(e.getKey()).stream().map(DateSpan::start).toList();
      } catch (DateRule.OutOfRange ex) {
        throw doc.error(at, "example " + e.getKey() + ": " + o.name() + " " + ex.getMessage());
      }
      if (!got.equals(e.getValue())) {
        throw doc.error(at, "example " + e.getKey() + " says " + join(e.getValue())
            + " but the date rule gives " + (got.isEmpty() ? "no day" : join(got)));
      }
    }
  }

  private static String join(List<LocalDate> dates) {
    return String.join(" and ", dates.stream().map(LocalDate::toString).toList());
  }

  private List<String> regions(String p) {
    JsonNode n = doc.root().at(p + "/regions");
    List<String> out = new ArrayList<>();
    if (n.isTextual()) {
      out.add(n.asText());
    } else if (n.isArray()) {
      n.forEach(e -> out.add(e.asText()));
    }
    if (out.isEmpty()) {
      throw doc.error(p + "/regions", "'regions' must list ISO region codes, or be 'global'");
    }
    for (int i = 0; i < out.size(); i++) {
      String r = out.get(i);
      if (r.equals(Observance.GLOBAL)) {
        if (out.size() > 1) {
          throw doc.error(p + "/regions", "'global' already means every market; list nothing else"
              + " (use 'overrides' for markets that need other severities)");
        }
      } else if (!ISO.contains(r)) {
        throw doc.error(p + "/regions", "unknown region code '" + r
            + "' (ISO 3166-1 alpha-2, upper case, or 'global')"
            + (r.equals("false") ? "; write \"NO\" in quotes (YAML reads NO as false)" : ""));
      }
    }
    if (out.stream().distinct().count() != out.size()) {
      throw doc.error(p + "/regions", "a region is listed twice");
    }
    return out;
  }

  private Schedule schedule(String p) {
    JsonNode n = doc.root().at(p);
    if (!n.isObject()) {
      throw doc.error(p, "missing required key 'date' (a mapping with one date rule, e.g."
          + " {fixed: \"09-11\"})");
    }
    List<String> kinds = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (DATE_KINDS.contains(k)) {
        kinds.add(k);
      } else if (!DATE_MODIFIERS.contains(k)) {
        throw doc.error(p + "/" + YamlDoc.escape(k), "unknown key '" + k + "' in 'date' (rules: "
            + String.join(", ", new java.util.TreeSet<>(DATE_KINDS))
            + "; modifiers: days, offset, shift)");
      }
    }
    if (kinds.size() != 1) {
      throw doc.error(p, "'date' needs exactly one rule (" + String.join(", ",
          new java.util.TreeSet<>(DATE_KINDS)) + "), found " + kinds.size());
    }
    String kind = kinds.get(0);
    DateRule rule = rule(p + "/" + kind, kind);
    int offset = integer(p + "/offset", 0, -400, 400);
    Map<DayOfWeek, Integer> shift = new EnumMap<>(DayOfWeek.class);
    JsonNode s = n.path("shift");
    if (!s.isMissingNode()) {
      if (!s.isObject()) {
        throw doc.error(p + "/shift", "'shift' maps weekdays to days, e.g. {saturday: 1}");
      }
      for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
        String day = it.next();
        shift.put(weekday(p + "/shift/" + day, day), integer(p + "/shift/" + day, 0, -6, 6));
      }
    }
    JsonNode d = n.path("days");
    boolean wholeMonth = d.isTextual() && d.asText().equals("month");
    int days = 1;
    if (wholeMonth) {
      if (!rule.hasOwnMonths()) {
        throw doc.error(p + "/days", "'days: month' needs a hijri, hebrew or chinese date");
      }
      if (offset != 0 || !shift.isEmpty()) {
        throw doc.error(p + "/days", "'days: month' cannot be combined with offset or shift");
      }
    } else if (!d.isMissingNode()) {
      days = integer(p + "/days", 1, 1, 60);
    }
    return new Schedule(rule, offset, shift, days, wholeMonth);
  }

  private DateRule rule(String p, String kind) {
    JsonNode n = doc.root().at(p);
    switch (kind) {
      case "fixed":
        return new DateRule.Fixed(monthDay(p, n.asText()));
      case "nth_weekday": {
        keys(p, "month", "weekday", "nth");
        JsonNode nth = n.path("nth");
        int k = nth.isTextual() && nth.asText().equals("last") ? -1 : integer(p + "/nth", 0, 1, 5);
        return new DateRule.NthWeekday(month(p + "/month"), weekday(p + "/weekday",
            n.path("weekday").asText()), k);
      }
      case "weekday_before":
        keys(p, "date", "weekday", "nth");
        return new DateRule.WeekdayBefore(monthDay(p + "/date", n.path("date").asText()),
            weekday(p + "/weekday", n.path("weekday").asText()), integer(p + "/nth", 0, 1, 52));
      case "weekday_from":
        keys(p, "date", "weekday", "nth");
        return new DateRule.WeekdayFrom(monthDay(p + "/date", n.path("date").asText()),
            weekday(p + "/weekday", n.path("weekday").asText()), integer(p + "/nth", 0, 1, 52));
      case "julian":
        return new DateRule.Julian(monthDay(p, n.asText()));
      case "easter":
        return switch (n.asText()) {
          case "western" -> new DateRule.EasterSunday(false);
          case "orthodox" -> new DateRule.EasterSunday(true);
          default -> throw doc.error(p, "'easter' is western or orthodox, not '" + n.asText() + "'");
        };
      case "hijri":
        keys(p, "month", "day");
        return new DateRule.Hijri(named(p + "/month", LunarDates.HIJRI_MONTHS, 1),
            integer(p + "/day", 0, 1, 29));
      case "hebrew": {
        keys(p, "month", "day");
        int m = named(p + "/month", LunarDates.HEBREW_MONTHS, 0);
        if (m == 5) {
          throw doc.error(p + "/month", "adar_i exists only in leap years; use adar (Adar II in"
              + " leap years)");
        }
        return new DateRule.Hebrew(m, integer(p + "/day", 0, 1, 29));
      }
      case "chinese":
        keys(p, "month", "day");
        return new DateRule.Chinese(integer(p + "/month", 0, 1, 12), integer(p + "/day", 0, 1, 29));
      case "solar_term": {
        keys(p, "longitude", "zone");
        JsonNode l = n.path("longitude");
        if (!l.isNumber() || l.asDouble() < 0 || l.asDouble() >= 360) {
          throw doc.error(p + "/longitude", "'longitude' is degrees, 0 to under 360 (Qingming: 15)");
        }
        ZoneId z = n.has("zone") ? zone(doc, p + "/zone", n.path("zone").asText())
            : ZoneId.of("Asia/Shanghai");
        return new DateRule.SolarTerm(l.asDouble(), z);
      }
      case "table": {
        SortedMap<Integer, List<LocalDate>> years = dateMap(p, "table");
        if (years.isEmpty()) {
          throw doc.error(p, "a table needs at least one year");
        }
        for (int y = years.firstKey(); y <= years.lastKey(); y++) {
          if (!years.containsKey(y)) {
            throw doc.error(p, "the table skips " + y + "; list every year from first to last");
          }
        }
        return new DateRule.Table(new TreeMap<>(years));
      }
      default:
        throw new IllegalStateException(kind);
    }
  }

  /** {YYYY: date | [dates]} with every date inside its year. */
  private SortedMap<Integer, List<LocalDate>> dateMap(String p, String what) {
    JsonNode n = doc.root().at(p);
    if (!n.isObject() || n.isEmpty()) {
      throw doc.error(p, "'" + what + "' maps years to dates, e.g. {2026: 2026-04-03}");
    }
    SortedMap<Integer, List<LocalDate>> out = new TreeMap<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      String at = p + "/" + YamlDoc.escape(key);
      if (!key.matches("\\d{4}")) {
        throw doc.error(at, "'" + key + "' is not a year");
      }
      int year = Integer.parseInt(key);
      List<LocalDate> dates = new ArrayList<>();
      JsonNode v = n.get(key);
      if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          dates.add(date(at + "/" + i, v.get(i).asText()));
        }
      } else {
        dates.add(date(at, v.asText()));
      }
      for (LocalDate d : dates) {
        if (d.getYear() != year) {
          throw doc.error(at, d + " is not in " + year);
        }
      }
      dates.sort(null);
      out.put(year, dates);
    }
    return out;
  }

  private Window window(String p) {
    JsonNode n = doc.root().at(p);
    if (n.isMissingNode() || n.isNull()) {
      return Window.DAY;
    }
    if (!n.isObject()) {
      throw doc.error(p, "'window' is {before: DAYS, after: DAYS}");
    }
    keys(p, "before", "after");
    return new Window(integer(p + "/before", 0, 0, MAX_WINDOW),
        integer(p + "/after", 0, 0, MAX_WINDOW));
  }

  private Severities severities(String p) {
    String promo = text(p, "promo");
    Severity ps = switch (promo) {
      case "block" -> Severity.BLOCK;
      case "review" -> Severity.REVIEW;
      case "info" -> Severity.INFO;
      default -> throw doc.error(p + "/promo", "'promo' is info, review or block, not '" + promo
          + "'");
    };
    String plain = text(p, "plain");
    Optional<Severity> pl = switch (plain) {
      case "none" -> Optional.empty();
      case "info" -> Optional.of(Severity.INFO);
      case "review" -> Optional.of(Severity.REVIEW);
      default -> throw doc.error(p + "/plain", "'plain' is none, info or review, not '" + plain
          + "'");
    };
    if (pl.isPresent() && pl.get().compareTo(ps) > 0) {
      throw doc.error(p + "/plain", "'plain' (" + plain + ") is above 'promo' (" + promo
          + "); a promotional post is never judged milder than a plain one");
    }
    return new Severities(ps, pl);
  }

  private Map<String, Severities> overrides(String p, List<String> regions) {
    JsonNode n = doc.root().at(p + "/overrides");
    Map<String, Severities> out = new LinkedHashMap<>();
    if (n.isMissingNode() || n.isNull()) {
      return out;
    }
    if (!n.isObject()) {
      throw doc.error(p + "/overrides", "'overrides' maps region codes to {promo, plain}");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String code = it.next();
      String at = p + "/overrides/" + YamlDoc.escape(code);
      if (!ISO.contains(code)) {
        throw doc.error(at, "unknown region code '" + code + "'");
      }
      if (!regions.contains(Observance.GLOBAL) && !regions.contains(code)) {
        throw doc.error(at, code + " is not in this observance's regions");
      }
      doc.checkKeys(at, Set.of("promo", "plain"));
      out.put(code, severities(at));
    }
    return out;
  }

  private void keys(String p, String... known) {
    if (!doc.root().at(p).isObject()) {
      throw doc.error(p, "expected a mapping with " + String.join(", ", known));
    }
    doc.checkKeys(p, Set.of(known));
  }

  private String text(String p, String key) {
    return optText(p, key).orElseThrow(() -> doc.error(p, "missing required key '" + key + "'"));
  }

  private Optional<String> optText(String p, String key) {
    JsonNode n = doc.root().at(p).get(key);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isValueNode() || n.asText().isBlank()) {
      throw doc.error(p + "/" + key, "'" + key + "' must be a non-empty string");
    }
    return Optional.of(n.asText().strip());
  }

  private int integer(String p, int fallback, int min, int max) {
    JsonNode n = doc.root().at(p);
    if (n.isMissingNode() || n.isNull()) {
      return fallback;
    }
    if (!n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
      throw doc.error(p, "expected a whole number from " + min + " to " + max + ", not '"
          + n.asText() + "'");
    }
    return n.asInt();
  }

  private int named(String p, List<String> names, int base) {
    JsonNode n = doc.root().at(p);
    if (n.isIntegralNumber() && n.asInt() >= base && n.asInt() < names.size() + base) {
      return n.asInt();
    }
    int i = names.indexOf(n.asText());
    if (i < 0) {
      throw doc.error(p, "unknown month '" + n.asText() + "' (known: " + String.join(", ", names)
          + ")");
    }
    return i + base;
  }

  private Month month(String p) {
    JsonNode n = doc.root().at(p);
    if (n.isIntegralNumber() && n.asInt() >= 1 && n.asInt() <= 12) {
      return Month.of(n.asInt());
    }
    try {
      return Month.valueOf(n.asText().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw doc.error(p, "unknown month '" + n.asText() + "' (1-12 or january ... december)");
    }
  }

  private DayOfWeek weekday(String p, String text) {
    try {
      return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw doc.error(p, "unknown weekday '" + text + "' (monday ... sunday)");
    }
  }

  private MonthDay monthDay(String p, String text) {
    try {
      MonthDay md = MonthDay.parse("--" + text);
      if (md.getMonthValue() == 2 && md.getDayOfMonth() == 29) {
        throw doc.error(p, "29 February is not in every year");
      }
      return md;
    } catch (DateTimeParseException e) {
      throw doc.error(p, "expected a month and day such as \"09-11\", not '" + text + "'");
    }
  }

  private LocalDate date(String p, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw doc.error(p, "expected a date such as 2026-04-03, not '" + text + "'");
    }
  }

  private LocalTime time(String p, String text) {
    JsonNode n = doc.root().at(p);
    if (!n.isTextual()) {
      throw doc.error(p, "write the time in quotes, e.g. \"14:46\" (YAML reads 14:46 as a number)");
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw doc.error(p, "expected a time such as \"14:46\", not '" + text + "'");
    }
  }

  private static ZoneId zone(YamlDoc doc, String p, String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw doc.error(p, "unknown time zone '" + text + "' (use IANA ids such as Asia/Tokyo)");
    }
  }
}
