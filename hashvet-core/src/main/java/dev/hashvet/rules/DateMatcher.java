package dev.hashvet.rules;

import dev.hashvet.rules.dates.Anniversary;
import dev.hashvet.rules.dates.Kind;
import dev.hashvet.rules.dates.Observance;
import dev.hashvet.rules.dates.ObservanceCalendar;
import dev.hashvet.rules.dates.Occurrence;
import dev.hashvet.rules.dates.Severities;
import dev.hashvet.rules.dates.Undated;
import dev.hashvet.rules.evidence.DateHit;
import dev.hashvet.rules.evidence.UndatedHit;
import dev.hashvet.text.TextNormalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code date: {kinds: [remembrance, tragedy], promotional: {terms: {lists: [promotional]}}}}: the
 * observances of the sensitive-date calendar in force when the post goes out, in each target
 * market's own time zone. One match per observance, strongest first; its severity is decided here:
 *
 * <ol>
 *   <li>the observance's {@code promo} severity when the {@code promotional} matcher matches the
 *       post, else its {@code plain} severity (no match when that is none); a market's override
 *       replaces both;
 *   <li>a round anniversary (1st, 5th, 10th, 20th, 25th, 50th, 75th, 100th) or one within
 *       {@value Anniversary#RECENT_YEARS} years of the event escalates in the markets that keep
 *       it by name: a promotional post on the day itself of an event that killed {@value
 *       Anniversary#MASS_CASUALTY} or more is block, and a plain post is raised one step (none
 *       to info, info to review);
 *   <li>a plain post within {@value #MOMENT_MINUTES} minutes of the observance's moment (the
 *       minute of silence at 14:46 in Japan on 11 March) is at least review;
 *   <li>for a global post (no markets) the observance's own severities apply, and an observance of
 *       particular markets is capped at review, as region rules are for global posts;
 *   <li>an observance of the rule's kinds that cannot be dated that year (a table that stops) is an
 *       info match that says so, never a guess;
 *   <li>in a market that does not keep an anniversary, a post that names its event ({@code terms})
 *       on its day is still flagged: review when promotional, else info.
 * </ol>
 *
 * Without {@code kinds} every kind counts; without {@code promotional} every post is plain.
 */
final class DateMatcher implements Matcher {
  /** How close to an observance's moment a plain post is raised to review. */
  static final long MOMENT_MINUTES = 30;

  private static final int MAX_REGIONS_NAMED = 5;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final TextNormalizer FOLD = new TextNormalizer();

  private final ObservanceCalendar calendar;
  private final Set<Kind> kinds;
  private final Matcher promotional;

  DateMatcher(Spec spec, ObservanceCalendar calendar) {
    if (spec.node().isNull() || spec.node().isMissingNode()) {
      this.calendar = calendar;
      this.kinds = EnumSet.allOf(Kind.class);
      this.promotional = s -> List.of();
      return;
    }
    spec.keys(Set.of("kinds", "promotional"));
    this.calendar = calendar;
    Set<Kind> ks = EnumSet.noneOf(Kind.class);
    for (String k : spec.strings("kinds")) {
      ks.add(Kind.parse(k).orElseThrow(() -> spec.error("kinds", "unknown observance kind '" + k
          + "' (known: remembrance, tragedy, religious, political, holiday, awareness)")));
    }
    this.kinds = ks.isEmpty() ? EnumSet.allOf(Kind.class) : ks;
    this.promotional = spec.has("promotional") ? spec.matcher("promotional") : s -> List.of();
  }

  @Override
  public List<Match> match(Subject subject) {
    List<Occurrence> all = calendar.on(subject.at(), subject.regions());
    List<Undated> undated = new ArrayList<>();
    for (Undated u : calendar.undatedOn(subject.at(), subject.regions())) {
      if (kinds.contains(u.observance().kind())) {
        undated.add(u);
      }
    }
    List<Named> named = named(subject);
    if (undated.isEmpty() && named.isEmpty()
        && all.stream().noneMatch(o -> kinds.contains(o.observance().kind()))) {
      return List.of();
    }
    List<String> words = promotionalWords(promotional.match(subject));
    boolean promo = !words.isEmpty();
    List<Match> out = new ArrayList<>();
    for (Scored s : subject.derived(new ScoredKey(calendar, promo), () -> scored(all, promo,
        subject))) {
      if (kinds.contains(s.occurrence().observance().kind())) {
        out.add(match(s.occurrence(), s.severity(), s.regions(), words, subject));
      }
    }
    for (Named n : named) {
      List<String> regions = n.occurrence().observance().regions();
      Match m = match(n.occurrence(), promo ? Severity.REVIEW : Severity.INFO, regions, words,
          subject);
      Anniversary a = n.occurrence().observance().anniversary().orElseThrow();
      DateHit ev = hit(n.occurrence(), regions, words, subject).named(n.term(),
          a.markedBy(n.occurrence().start().getYear()).stream().toList(),
          "names the event, in a market that does not keep it");
      Map<String, String> vars = new LinkedHashMap<>(m.vars());
      vars.put("when", "the post names it (\"" + n.term() + "\") on its day in "
          + n.occurrence().region() + " (" + LOCAL.format(subject.at().withZoneSameInstant(
              n.occurrence().zone())) + " local time there), though your markets do not keep it");
      out.add(new Match(ev, vars, m.severity()));
    }
    undated.forEach(u -> out.add(undatedMatch(u, subject)));
    return out;
  }

  /** An anniversary kept elsewhere whose event the post names. */
  private record Named(Occurrence occurrence, String term) {}

  /**
   * The anniversaries of the rule's kinds that are on their day in a market the post does not
   * target and whose event the post names, with the words that name it.
   */
  private List<Named> named(Subject subject) {
    List<Named> out = new ArrayList<>();
    for (Named n : subject.derived(new NamedKey(calendar), () -> allNamed(subject))) {
      if (kinds.contains(n.occurrence().observance().kind())) {
        out.add(n);
      }
    }
    return out;
  }

  /** What {@link #allNamed} depends on besides the subject. */
  private record NamedKey(ObservanceCalendar calendar) {}

  /**
   * The anniversaries of any kind kept elsewhere that the post names: the same for every date
   * rule of a row, so worked out once per row.
   */
  private List<Named> allNamed(Subject subject) {
    List<Named> out = new ArrayList<>();
    for (Occurrence occ : calendar.elsewhere(subject.at(), subject.regions())) {
      for (String term : occ.observance().anniversary().orElseThrow().terms()) {
        if (names(subject.folded(), term)) {
          out.add(new Named(occ, term));
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  /** True when {@code folded} holds {@code term} as words, or run together as a tag. */
  private static boolean names(String folded, String term) {
    String t = FOLD.fold(term);
    return containsWord(folded, t) || containsWord(folded, t.replace(" ", ""));
  }

  private static boolean containsWord(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i));
      boolean after = end == text.length() || !Character.isLetter(text.codePointAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /** What the scoring of a subject's observances depends on besides the subject. */
  private record ScoredKey(ObservanceCalendar calendar, boolean promo) {}

  /**
   * Each observance in force, with its strongest occurrence and severity and the markets where it
   * counts, strongest first: the same for every date rule of a row (they differ in the kinds
   * they keep), so worked out once per row; a global post meets each global observance in every
   * market.
   */
  private static List<Scored> scored(List<Occurrence> all, boolean promo, Subject subject) {
    // By id: an observance's own hash covers all of its data.
    Map<String, List<Occurrence>> byObservance = new LinkedHashMap<>();
    all.forEach(o -> byObservance.computeIfAbsent(o.observance().id(), k -> new ArrayList<>())
        .add(o));
    List<Scored> scored = new ArrayList<>();
    for (List<Occurrence> group : byObservance.values()) {
      Occurrence strongest = null;
      Severity best = null;
      List<String> regions = new ArrayList<>();
      for (Occurrence occ : group) {
        Optional<Severity> s = severity(occ, promo, subject);
        if (s.isEmpty()) {
          continue;
        }
        regions.add(occ.region());
        if (best == null || s.get().compareTo(best) > 0) {
          best = s.get();
          strongest = occ;
        }
      }
      if (best != null) {
        scored.add(new Scored(best, strongest, List.copyOf(regions)));
      }
    }
    scored.sort(Comparator.comparing(Scored::severity).reversed()
        .thenComparing(s -> s.occurrence().start())
        .thenComparing(s -> s.occurrence().observance().id()));
    return List.copyOf(scored);
  }

  private record Scored(Severity severity, Occurrence occurrence, List<String> regions) {}

  private static Optional<Severity> severity(Occurrence occ, boolean promo, Subject subject) {
    Observance o = occ.observance();
    Severities sv = subject.isGlobal() ? o.severities() : occ.severities();
    Optional<Severity> s = promo ? Optional.of(sv.promo()) : sv.plain();
    if (escalates(occ, subject)) {
      s = escalated(s, occ, o.anniversary().get(), promo, subject);
    }
    if (!promo && nearMoment(occ, subject.at())) {
      s = Optional.of(Severity.max(s.orElse(Severity.INFO), Severity.REVIEW));
    }
    if (subject.isGlobal() && !o.isGlobal() && s.isPresent() && s.get() == Severity.BLOCK) {
      s = Optional.of(Severity.REVIEW);
    }
    return s;
  }

  /**
   * True when an anniversary's round or recent year can raise its severity for this occurrence:
   * in a market that keeps it by name (its own markets; for a global observance, those with an
   * override), and for a global post only for an observance of particular markets.
   */
  private static boolean escalates(Occurrence occ, Subject subject) {
    Observance o = occ.observance();
    if (o.anniversary().isEmpty() || !o.anniversary().get().marked(occ.start().getYear())) {
      return false;
    }
    return !o.isGlobal() || (!subject.isGlobal() && o.overrides().containsKey(occ.region()));
  }

  /**
   * A round or recent anniversary's severity: a promotional post on the day itself of a
   * mass-casualty event is block; a plain post is raised one step (none to info, info to review).
   */
  private static Optional<Severity> escalated(Optional<Severity> s, Occurrence occ,
      Anniversary a, boolean promo, Subject subject) {
    if (promo) {
      return massCasualtyDay(occ, a, subject) ? Optional.of(Severity.BLOCK) : s;
    }
    return Optional.of(s.isEmpty() ? Severity.INFO : Severity.REVIEW);
  }

  private static boolean massCasualtyDay(Occurrence occ, Anniversary a, Subject subject) {
    return a.massCasualty() && occ.span().contains(localDate(occ, subject));
  }

  /** Why a round or recent anniversary weighs more for this post, or nothing. */
  private static List<String> escalation(Occurrence occ, Anniversary a, boolean promo,
      Subject subject) {
    if (!escalates(occ, subject)) {
      return List.of();
    }
    List<String> why = new ArrayList<>();
    a.markedBy(occ.start().getYear()).ifPresent(why::add);
    if (promo && massCasualtyDay(occ, a, subject)) {
      why.add("a promotion on the day of a mass-casualty event (" + Anniversary.MASS_CASUALTY
          + " or more dead) is blocked");
    }
    return why;
  }

  private static LocalDate localDate(Occurrence occ, Subject subject) {
    return subject.at().withZoneSameInstant(occ.zone()).toLocalDate();
  }

  private static boolean nearMoment(Occurrence occ, ZonedDateTime at) {
    return occ.minutesFromMoment(at.toInstant())
        .map(m -> Math.abs(m) <= MOMENT_MINUTES)
        .orElse(false);
  }

  /** The evidence of an occurrence in {@code regions} for a post with promotional {@code words}. */
  private static DateHit hit(Occurrence occ, List<String> regions, List<String> words,
      Subject subject) {
    Observance o = occ.observance();
    ZonedDateTime local = subject.at().withZoneSameInstant(occ.zone());
    Optional<DateHit.Years> years = o.anniversary().map(a -> new DateHit.Years(a.year(),
        a.yearsSince(occ.start().getYear()), a.toll(), a.event(),
        escalation(occ, a, !words.isEmpty(), subject)));
    return new DateHit(o.id(), o.name(), o.kind().id(), occ.start().toString(),
        occ.end().toString(), occ.region(), regionsEvidence(o, regions, subject),
        occ.zone().getId(), local.toOffsetDateTime().toString(), occ.phase(local.toLocalDate()),
        o.window(), occ.moment().map(m -> new DateHit.Moment(m.toOffsetDateTime().toString(),
            occ.minutesFromMoment(subject.at().toInstant()).orElse(0L))),
        words, words.isEmpty() ? "plain post" : "promotional post", o.guidance(), o.source(),
        years, Optional.empty());
  }

  private static Match match(Occurrence occ, Severity severity, List<String> regions,
      List<String> words, Subject subject) {
    Observance o = occ.observance();
    ZonedDateTime local = subject.at().withZoneSameInstant(occ.zone());
    DateHit ev = hit(occ, regions, words, subject);
    String phase = ev.phase();
    List<String> escalation = ev.years().map(DateHit.Years::escalation).orElse(List.of());
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("observance", o.name());
    vars.put("date", occ.end().equals(occ.start()) ? occ.start().toString()
        : occ.start() + " to " + occ.end());
    vars.put("region", regionsText(o, regions, subject));
    vars.put("guidance", o.guidance());
    vars.put("local", LOCAL.format(local));
    String when = "the post goes out " + LOCAL.format(local) + " local time in " + occ.region()
        + ", " + phase;
    if (occ.moment().isPresent() && nearMoment(occ, subject.at())) {
      when += ", near the moment of " + o.time().map(Object::toString).orElse("")
          + (o.zone().isPresent() ? " " + o.zone().get().getId() : " local time");
    }
    if (!escalation.isEmpty()) {
      when += " (" + String.join("; ", escalation) + ")";
    }
    vars.put("when", when);
    vars.put("kind", o.kind().id());
    vars.put("promotional", String.join(", ", words));
    return new Match(ev, vars, Optional.of(severity));
  }

  private static Match undatedMatch(Undated u, Subject subject) {
    Observance o = u.observance();
    List<String> regions = subject.isGlobal() ? o.regions()
        : subject.regions().stream().filter(o::observedIn).toList();
    UndatedHit ev = new UndatedHit(o.id(), o.name(), o.kind().id(), u.year(), u.message(),
        regions, o.source());
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("observance", o.name());
    vars.put("date", "unknown for " + u.year());
    vars.put("region", String.join(", ", regions));
    vars.put("when", "its date in " + u.year() + " is not known: it " + u.reason());
    vars.put("guidance", "Check the date by hand before publishing.");
    vars.put("local", LOCAL.format(subject.at()));
    vars.put("kind", o.kind().id());
    vars.put("promotional", "");
    return new Match(ev, vars, Optional.of(Severity.INFO));
  }

  private static List<String> regionsEvidence(Observance o, List<String> regions, Subject s) {
    return s.isGlobal() && o.isGlobal() ? List.of(Observance.GLOBAL) : regions;
  }

  private static String regionsText(Observance o, List<String> regions, Subject s) {
    if (s.isGlobal() && o.isGlobal()) {
      return "every market";
    }
    if (regions.size() <= MAX_REGIONS_NAMED) {
      return String.join(", ", regions);
    }
    return String.join(", ", regions.subList(0, MAX_REGIONS_NAMED)) + " and "
        + (regions.size() - MAX_REGIONS_NAMED) + " more";
  }

  /** The promotional words the nested matcher found, in order, without repeats. */
  private static List<String> promotionalWords(List<Match> matches) {
    Set<String> out = new LinkedHashSet<>();
    for (Match m : matches) {
      out.add(m.evidence().value("span").or(() -> m.evidence().value("term"))
          .orElseGet(() -> m.vars().getOrDefault("term", "promotional")));
    }
    return new ArrayList<>(out);
  }
}
