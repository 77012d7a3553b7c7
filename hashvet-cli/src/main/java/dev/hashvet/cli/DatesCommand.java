package dev.hashvet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hashvet.HashvetException;
import dev.hashvet.config.Codes;
import dev.hashvet.rules.dates.Anniversary;
import dev.hashvet.rules.dates.Kind;
import dev.hashvet.rules.dates.Observance;
import dev.hashvet.rules.dates.ObservanceCalendar;
import dev.hashvet.rules.dates.Occurrence;
import dev.hashvet.rules.dates.Undated;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hashvet dates --region IN --year 2027}: the sensitive dates of a market in a year. */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the sensitive dates and observances in force for a market and year.",
      "The market's own and the global ones, sorted by date, with what to avoid on each, so"
          + " campaigns can plan around them. Dates are local to the market; Islamic dates can"
          + " differ by a day by country (moon sighting)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hashvet dates --region IN --year 2027",
      "  hashvet dates --region US                    (this year)",
      "  hashvet dates --region JP --year 2026 --format json",
      "  hashvet dates --region global --year 2026    (every observance in the calendar)",
      "  hashvet dates --region ID --kind earthquake,tsunami",
      "  hashvet dates --region US --rules ./brand-rules (with your own observance files)",
      "",
      "Severities: 'promo' applies to a plainly promotional post, 'plain' to any other post."
    })
final class DatesCommand implements Callable<Integer> {
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  /** Output formats. */
  enum Format { TEXT, JSON }

  private final Env env;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Config file (default: .hashvet.yml upward, then the user config folder);"
          + " its rule folders' observance files are listed too.")
  java.nio.file.Path config;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Extra rule folder whose observance files are listed too (repeatable).")
  List<java.nio.file.Path> ruleDirs = new ArrayList<>();

  @Spec CommandSpec spec;

  @Option(names = "--region", required = true, paramLabel = "CODE",
      completionCandidates = Candidates.Regions.class,
      description = "Market: ISO 3166-1 alpha-2 code (US, IN, JP...), or 'global' for all.")
  String region;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "Year (" + MIN_YEAR + "-" + MAX_YEAR + "); default: this year.")
  Integer year;

  @Option(names = "--kind", paramLabel = "KINDS", split = ",",
      description = "Only these kinds, comma-separated: remembrance, tragedy, religious, political,"
          + " holiday, awareness, or an anniversary's event (terror-attack, massacre, genocide,"
          + " mass-shooting, industrial, transport, earthquake, tsunami, storm, flood, volcano,"
          + " landslide, assassination, stampede, fire, war, famine, repression, epidemic).")
  List<String> kinds;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "text (default) or json.")
  Format format;

  DatesCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    List<String> codes = Codes.regions(List.of(region), "--region");
    if (codes.size() > 1) {
      throw HashvetException.input("--region: give one market, not " + String.join(", ", codes),
          "run the command once per market");
    }
    String market = codes.isEmpty() ? Observance.GLOBAL : codes.get(0);
    int y = year != null ? year : LocalDate.now(env.clock()).getYear();
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw HashvetException.input("--year: " + y + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
    }
    Predicate<Observance> wanted = kindFilter();
    dev.hashvet.config.Config cfg = new dev.hashvet.config.ConfigLoader()
        .load(Optional.ofNullable(config), env.workDir(), env.vars());
    ObservanceCalendar calendar =
        env.rules().calendar(Setup.ruleDirs(cfg, ruleDirs, env.workDir()));
    List<Occurrence> list = calendar.year(market, y).stream()
        .filter(o -> wanted.test(o.observance())).toList();
    List<Undated> undated = calendar.undated(market, y).stream()
        .filter(u -> wanted.test(u.observance())).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(json(list, undated));
    } else {
      new DatesText(env.width()).print(out, market, y, calendar, list, undated);
    }
    out.flush();
    return 0;
  }

  /** The observances {@code --kind} keeps: by kind, or by the event an anniversary remembers. */
  private Predicate<Observance> kindFilter() {
    if (kinds == null || kinds.isEmpty()) {
      return o -> true;
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String k : kinds) {
      String id = k.strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      if (Kind.parse(id).isEmpty() && !Anniversary.EVENTS.contains(id)) {
        Set<String> known = new TreeSet<>(Anniversary.EVENTS);
        throw HashvetException.input("--kind: unknown kind '" + k + "'",
            "kinds: remembrance, tragedy, religious, political, holiday, awareness; events: "
                + String.join(", ", known));
      }
      wanted.add(id);
    }
    return o -> wanted.contains(o.kind().id()) || o.anniversary()
        .flatMap(Anniversary::event).map(wanted::contains).orElse(false);
  }

  private static String json(List<Occurrence> list, List<Undated> undated) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Occurrence o : list) {
      Map<String, Object> m = base(o.observance());
      m.put("date", o.start().toString());
      m.put("end", o.end().toString());
      o.moment().ifPresent(t -> m.put("time", t.toLocalTime().toString()));
      o.observance().zone().ifPresent(z -> m.put("zone", z.getId()));
      m.put("promo", o.severities().promo().id());
      m.put("plain", o.severities().plainId());
      finish(m, o.observance());
      rows.add(m);
    }
    for (Undated u : undated) {
      Map<String, Object> m = base(u.observance());
      m.put("date", null);
      m.put("end", null);
      m.put("promo", u.observance().severities().promo().id());
      m.put("plain", u.observance().severities().plainId());
      finish(m, u.observance());
      m.put("note", u.message());
      rows.add(m);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> base(Observance o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("name", o.name());
    return m;
  }

  private static void finish(Map<String, Object> m, Observance o) {
    m.put("kind", o.kind().id());
    m.put("regions", o.regions());
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("before", o.window().before());
    window.put("after", o.window().after());
    m.put("window", window);
    m.put("rule", o.schedule().describe());
    m.put("guidance", o.guidance());
    m.put("source", o.source());
    m.put("year", o.anniversary().map(Anniversary::year).orElse(null));
    m.put("toll", o.anniversary().flatMap(a -> a.toll().isPresent()
        ? Optional.of(a.toll().getAsInt()) : Optional.<Integer>empty()).orElse(null));
    m.put("event", o.anniversary().flatMap(Anniversary::event).orElse(null));
  }

  static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
