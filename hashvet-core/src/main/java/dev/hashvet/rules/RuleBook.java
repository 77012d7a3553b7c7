package dev.hashvet.rules;

import dev.hashvet.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.HashvetException;
import dev.hashvet.YamlDoc;
import dev.hashvet.rules.dates.ObservanceCalendar;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.Post;
import dev.hashvet.garm.GarmCategory;
import dev.hashvet.garm.GarmTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * The rules and term lists in force: the bundled packs plus the user's rule folders. A pack file:
 *
 * <pre>
 * pack: legal
 * description: Trials, verdicts and courts.
 * rules:
 *   - id: text.legal-proceedings           # stable, unique
 *     category: legal_proceedings          # a Category id
 *     severity: review                     # info | review | block
 *     regions: [US]                        # optional: the markets it is for
 *     message: "The post uses ${term}, a courtroom word."
 *     why: "Court cases are painful news for the people in them."
 *     match: {terms: {lists: [legal]}}
 *     garm: {category: crime, tier: medium} # optional: GARM category and risk tier
 *     examples:
 *       flag: ["Who is #notguilty?", {text: "...", regions: [US], severity: review}]
 *       pass: ["A jurassic adventure"]
 * </pre>
 *
 * Unknown keys, unknown categories, empty packs and rules without examples fail loudly, naming the
 * file and line.
 */
public final class RuleBook {
  private static final Set<String> PACK_KEYS = Set.of("pack", "description", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of("id", "category", "severity", "regions", "message", "why", "match", "examples",
          "garm");
  private static final Set<String> GARM_KEYS = Set.of("category", "tier");
  private static final Set<String> EXAMPLES_KEYS = Set.of("flag", "pass");
  private static final Set<String> EXAMPLE_KEYS =
      Set.of("text", "at", "regions", "languages", "context", "signals", "severity");
  private static final Set<String> SIGNAL_KEYS = Set.of("history", "trending", "headlines", "events");
  private static final Set<String> HEADLINE_KEYS = Set.of("title", "url", "source", "seen_at");
  private static final Set<String> POST_KEYS =
      Set.of("text", "author", "followers", "likes", "reposts", "replies", "url", "source", "id");

  private final List<Rule> rules;
  private final TermLists terms;
  private final Map<String, String> packs;

  private RuleBook(List<Rule> rules, TermLists terms, Map<String, String> packs) {
    this(rules, terms, packs, null);
  }

  private RuleBook(List<Rule> rules, TermLists terms, Map<String, String> packs,
      ObservanceCalendar calendar) {
    this.rules = List.copyOf(rules);
    this.terms = terms;
    this.packs = Map.copyOf(packs);
    this.calendar = calendar;
  }

  /** The date calendar of this book's date rules: null for the bundled one. */
  private final ObservanceCalendar calendar;

  /** The calendar the date rules read: the bundled one with the rule folders' observance files. */
  public ObservanceCalendar calendar() {
    return calendar == null ? ObservanceCalendar.bundled() : calendar;
  }

  /**
   * The bundled calendar with the observance files (files with an {@code observances} key) in
   * {@code userDirs}: what {@code hashvet dates} lists, without reading the rule packs.
   */
  public static ObservanceCalendar calendar(List<Path> userDirs) {
    List<YamlDoc> docs = new ArrayList<>();
    for (Path dir : userDirs) {
      for (Path file : yamlFiles(dir)) {
        YamlDoc doc = read(file);
        if (doc.root().has("observances")) {
          docs.add(doc);
        }
      }
    }
    return ObservanceCalendar.bundled().with(docs);
  }

  /** The bundled packs plus the packs and term lists in {@code userDirs}. */
  public static RuleBook load(List<Path> userDirs) {
    return load(userDirs, true);
  }

  /**
   * Loads the user folders' files, with or without the bundled packs (without: to test a user's
   * own pack in isolation; the bundled term lists are always available to it). With no folders
   * and the bundled packs, the answer is the one bundled book of the process ({@link #bundled}).
   */
  public static RuleBook load(List<Path> userDirs, boolean withBundledPacks) {
    if (userDirs.isEmpty() && withBundledPacks) {
      return bundled();
    }
    return read(userDirs, withBundledPacks);
  }

  /**
   * The bundled packs and term lists, read once per process: by the first caller, or ahead of
   * time on another thread ({@link #warmUp}) while the command line and config are read. A rule
   * book is immutable, so one can be shared.
   */
  public static RuleBook bundled() {
    return Shared.get(Shared.BOOK);
  }

  /** Starts reading the bundled book (and its files) now, unless that has begun. */
  public static void warmUp() {
    Shared.BOOK.run();
  }

  /** The bundled files, parsed once: every book is made from them. */
  private static final class Shared {
    /** The bundled term lists with their files, and the bundled pack files. */
    private record Files(List<YamlDoc> listDocs, List<TermList> lists, List<YamlDoc> packDocs) {}

    static final FutureTask<Files> FILES = new FutureTask<>(() -> {
      // The bundled files are many and valid (the tests read every one), so they are parsed on
      // all cores.
      List<YamlDoc> listDocs = YamlDoc.index("/terms/index.txt").parallelStream()
          .map(name -> YamlDoc.resource("/terms/" + name)).toList();
      List<TermList> lists = listDocs.parallelStream().map(TermLists::parse).toList();
      List<YamlDoc> packDocs = YamlDoc.index("/rules/index.txt").parallelStream()
          .map(name -> YamlDoc.resource("/rules/" + name)).toList();
      return new Files(listDocs, lists, packDocs);
    });

    static final FutureTask<RuleBook> BOOK = new FutureTask<>(() -> read(List.of(), true));

    /** Runs {@code task} here unless it has begun elsewhere, and returns its result. */
    static <T> T get(FutureTask<T> task) {
      task.run();
      try {
        return task.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the bundled rules", e);
      }
    }
  }

  private static RuleBook read(List<Path> userDirs, boolean withBundledPacks) {
    // The user's files are read in order so that the first problem reported is the first in the
    // folder.
    Shared.Files bundled = Shared.get(Shared.FILES);
    List<YamlDoc> listDocs = new ArrayList<>(bundled.listDocs());
    List<TermList> lists = new ArrayList<>(bundled.lists());
    List<YamlDoc> packDocs = new ArrayList<>();
    List<YamlDoc> observanceDocs = new ArrayList<>();
    if (withBundledPacks) {
      packDocs.addAll(bundled.packDocs());
    }
    for (Path dir : userDirs) {
      for (Path file : yamlFiles(dir)) {
        YamlDoc doc = read(file);
        if (doc.root().has("list")) {
          listDocs.add(doc);
          lists.add(TermLists.parse(doc));
        } else if (doc.root().has("pack")) {
          packDocs.add(doc);
        } else if (doc.root().has("observances")) {
          observanceDocs.add(doc);
        } else {
          throw doc.error("", "neither a rule pack (no 'pack' key), a term list (no 'list' key)"
              + " nor an observance file (no 'observances' key)");
        }
      }
    }
    TermLists terms = new TermLists();
    for (int i = 0; i < lists.size(); i++) {
      terms.add(lists.get(i), listDocs.get(i));
    }
    terms.freeze();
    ObservanceCalendar calendar =
        observanceDocs.isEmpty() ? null : ObservanceCalendar.bundled().with(observanceDocs);
    Spec.Loading loading = new Spec.Loading(terms, Matchers.standard(calendar));
    List<Rule> rules = new ArrayList<>();
    Map<String, String> packs = new LinkedHashMap<>();
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (YamlDoc doc : packDocs) {
      String pack = parsePack(doc, loading, rules, byId);
      packs.put(pack, doc.root().path("description").asText(""));
    }
    return new RuleBook(rules, terms, packs, calendar);
  }

  public List<Rule> rules() {
    return rules;
  }

  public TermLists terms() {
    return terms;
  }

  /** Pack names and their descriptions, in load order. */
  public Map<String, String> packs() {
    return packs;
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Every finding of every rule for {@code subject}, in rule order. */
  public List<Finding> evaluate(Subject subject) {
    terms.prepare(subject.languageSet());
    List<Finding> out = new ArrayList<>();
    for (Rule r : rulesFor(subject.regions())) {
      r.apply(subject).ifPresent(out::add);
    }
    return out;
  }

  /** The rules that can apply to a post for each list of markets asked for (few in a run). */
  private final Map<List<String>, List<Rule>> byMarkets = new ConcurrentHashMap<>();

  /**
   * The rules that can apply to a post for {@code regions}, in book order: every rule for a
   * global post; else the rules for every market and those naming one of its markets (a row for
   * one market meets a third of the rules).
   */
  private List<Rule> rulesFor(List<String> regions) {
    if (regions.isEmpty()) {
      return rules;
    }
    List<Rule> found = byMarkets.get(regions);
    if (found == null) {
      found = rules.stream()
          .filter(r -> r.regions().isEmpty() || r.regions().stream().anyMatch(regions::contains))
          .toList();
      if (byMarkets.size() < 1024) {
        byMarkets.put(List.copyOf(regions), found);
      }
    }
    return found;
  }

  private static String parsePack(
      YamlDoc doc, Spec.Loading loading, List<Rule> rules, Map<String, Rule> byId) {
    if (!doc.root().isObject()) {
      throw doc.error("", "a rule pack must be a mapping with 'pack' and 'rules'");
    }
    doc.checkKeys("", PACK_KEYS);
    Spec root = new Spec(doc, "", loading);
    String pack = root.string("pack");
    JsonNode list = doc.root().path("rules");
    if (!list.isArray() || list.isEmpty()) {
      throw doc.error("/rules", "pack '" + pack + "' has no rules");
    }
    for (int i = 0; i < list.size(); i++) {
      Rule rule = parseRule(root.child("rules").item(i), pack);
      Rule before = byId.putIfAbsent(rule.id(), rule);
      if (before != null) {
        throw doc.error("/rules/" + i + "/id",
            "rule id '" + rule.id() + "' is already defined at " + before.where());
      }
      rules.add(rule);
    }
    return pack;
  }

  private static Rule parseRule(Spec spec, String pack) {
    spec.keys(RULE_KEYS);
    String id = spec.string("id");
    if (!id.matches("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+")) {
      throw spec.error("id", "rule id '" + id + "' must look like 'context.legal-proceedings'");
    }
    String cat = spec.string("category");
    Category category = Category.parse(cat).orElseThrow(() -> spec.error("category",
        "unknown category '" + cat + "' (see docs/rules.md for the list)"));
    Severity severity = spec.severity("severity")
        .orElseThrow(() -> spec.error("missing required key 'severity'"));
    List<String> regions = new ArrayList<>();
    for (String r : spec.strings("regions")) {
      String code = r.toUpperCase(java.util.Locale.ROOT);
      if (!Set.of(java.util.Locale.getISOCountries()).contains(code)) {
        throw spec.error("regions", "unknown region code '" + r + "'");
      }
      regions.add(code);
    }
    String message = spec.string("message");
    String why = spec.string("why");
    Matcher matcher = spec.matcher("match");
    List<RuleExample> examples = examples(spec, id);
    return new Rule(id, category, severity, regions, message, why, matcher, examples, pack,
        spec.where(), garm(spec, severity));
  }

  /** {@code garm: {category, tier}}: both optional; a floor tier needs severity block. */
  private static GarmSetting garm(Spec spec, Severity severity) {
    if (!spec.has("garm")) {
      return GarmSetting.NONE;
    }
    Spec g = spec.child("garm");
    g.keys(GARM_KEYS);
    Optional<GarmCategory> category = g.optString("category").map(c -> GarmCategory.parse(c)
        .orElseThrow(() -> g.error("category", "unknown GARM category '" + c + "' (known: "
            + GarmCategory.ids() + ")")));
    Optional<GarmTier> tier = g.optString("tier").map(t -> GarmTier.parse(t)
        .orElseThrow(() -> g.error("tier", "unknown GARM tier '" + t
            + "' (known: floor, high, medium, low)")));
    if (tier.equals(Optional.of(GarmTier.FLOOR)) && severity != Severity.BLOCK) {
      throw g.error("tier", "a rule on the GARM floor must have severity block");
    }
    return new GarmSetting(category, tier);
  }

  private static List<RuleExample> examples(Spec spec, String id) {
    if (!spec.has("examples")) {
      throw spec.error("rule '" + id + "' has no examples (examples: {flag: [...], pass: [...]})");
    }
    Spec ex = spec.child("examples");
    ex.keys(EXAMPLES_KEYS);
    List<RuleExample> out = new ArrayList<>();
    for (String kind : List.of("flag", "pass")) {
      JsonNode n = ex.node().path(kind);
      if (n.isMissingNode()) {
        continue;
      }
      if (!n.isArray()) {
        throw ex.error(kind, "'" + kind + "' must be a list of examples");
      }
      for (int i = 0; i < n.size(); i++) {
        out.add(example(ex.child(kind).item(i), kind.equals("flag")));
      }
    }
    if (out.stream().noneMatch(RuleExample::flag)) {
      throw spec.error("examples", "rule '" + id + "' needs at least one 'flag' example");
    }
    return out;
  }

  private static RuleExample example(Spec spec, boolean flag) {
    JsonNode n = spec.node();
    if (n.isValueNode()) {
      return new RuleExample(flag, n.asText(), Optional.empty(), List.of(), List.of(), List.of(),
          LiveSignals.NONE, Optional.empty(), spec.where());
    }
    spec.keys(EXAMPLE_KEYS);
    List<Post> context = new ArrayList<>();
    JsonNode ctx = n.path("context");
    for (int i = 0; i < ctx.size(); i++) {
      JsonNode p = ctx.get(i);
      if (p.isValueNode()) {
        context.add(new Post("example", "ex" + i, "", "", "", "", -1, -1, -1, -1, p.asText(),
            List.of()));
      } else {
        spec.child("context").item(i).keys(POST_KEYS);
        context.add(new Post(p.path("source").asText("example"), p.path("id").asText("ex" + i),
            p.path("url").asText(""), "", "", p.path("author").asText(""),
            p.path("followers").asLong(-1), p.path("likes").asLong(-1),
            p.path("reposts").asLong(-1), p.path("replies").asLong(-1),
            p.path("text").asText(""), List.of()));
      }
    }
    LiveSignals signals = spec.has("signals") ? signals(spec.child("signals"), spec.optString("at"))
        : LiveSignals.NONE;
    return new RuleExample(flag, spec.string("text"), spec.optString("at"),
        spec.strings("regions"), spec.strings("languages"), context, signals,
        spec.severity("severity"), spec.where());
  }

  /**
   * {@code signals: {history: [uses, ... today], trending: [..], headlines: [..], events: [..]}}:
   * the history lists daily uses oldest first, the last on the example's publish date; headlines
   * and events are titles or {title, url, source, seen_at}.
   */
  private static LiveSignals signals(Spec spec, Optional<String> at) {
    spec.keys(SIGNAL_KEYS);
    java.time.LocalDate today = at.map(a -> a.length() >= 10 ? a.substring(0, 10) : a)
        .map(java.time.LocalDate::parse).orElse(RuleExample.DEFAULT_AT.toLocalDate());
    List<LiveSignals.DailyUse> history = new ArrayList<>();
    JsonNode h = spec.node().path("history");
    for (int i = 0; i < h.size(); i++) {
      if (!h.get(i).canConvertToLong()) {
        throw spec.child("history").item(i).error("history items are daily use counts");
      }
      history.add(new LiveSignals.DailyUse(today.minusDays(h.size() - 1L - i), h.get(i).asLong(),
          h.get(i).asLong()));
    }
    return new LiveSignals(history, spec.strings("trending"), headlines(spec, "headlines"),
        headlines(spec, "events"));
  }

  private static List<LiveSignals.Headline> headlines(Spec spec, String key) {
    List<LiveSignals.Headline> out = new ArrayList<>();
    JsonNode list = spec.node().path(key);
    for (int i = 0; i < list.size(); i++) {
      JsonNode h = list.get(i);
      if (h.isValueNode()) {
        out.add(new LiveSignals.Headline(h.asText(), "https://news.example/" + i, "example", ""));
      } else {
        spec.child(key).item(i).keys(HEADLINE_KEYS);
        out.add(new LiveSignals.Headline(h.path("title").asText(""), h.path("url").asText(""),
            h.path("source").asText("example"), h.path("seen_at").asText("")));
      }
    }
    return out;
  }



  private static List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw HashvetException.input("rule folder not found: " + dir);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw HashvetException.input("cannot read rule folder " + dir + ": " + e.getMessage());
    }
  }

  private static YamlDoc read(Path file) {
    return YamlDoc.parse(file.toString(), InputFiles.read(file, file.toString(),
        InputFiles.SMALL));
  }
}
