package dev.hashvet.rules;

import dev.hashvet.context.LiveSignals.DailyUse;
import dev.hashvet.context.LiveSignals.Headline;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.rules.evidence.EventHit;
import dev.hashvet.rules.evidence.HeadlineHit;
import dev.hashvet.rules.evidence.Trending;
import dev.hashvet.rules.evidence.UseSpike;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.WordRuns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code signal: {kind: spike|trending|headline|event, ...}}: what the live sources say about the
 * tag right now, read from {@link Context#signals()}.
 *
 * <ul>
 *   <li>{@code spike}: today's uses of the tag against the median of the previous (up to) six days;
 *       flags when the ratio is at least {@code min_ratio} (default 3) and today has at least
 *       {@code min_uses} uses (default 20); the one definition is {@link Spike}, which the
 *       reports' usage line shares.
 *   <li>{@code trending}: a source lists the tag among its trends now.
 *   <li>{@code headline}: a news headline whose words hold a term of {@code lists} (or inline
 *       {@code terms}), whole words only.
 *   <li>{@code event}: a current event (Wikipedia's "In the news") that names the tag: the words of
 *       a tag's best reading as a phrase, or consecutive words that spell the tag run together
 *       ("not guilty" for #notguilty).
 * </ul>
 *
 * Without live context (offline, or a recorded sample without signals) it never matches.
 */
final class SignalMatcher implements Matcher {

  private enum Kind {
    SPIKE,
    TRENDING,
    HEADLINE,
    EVENT
  }

  private final Kind kind;
  private final TermSet terms;
  private final double minRatio;
  private final int minUses;

  SignalMatcher(Spec spec) {
    spec.keys(Set.of("kind", "min_ratio", "min_uses", "lists", "terms", "lang"));
    String k = spec.string("kind");
    try {
      this.kind = Kind.valueOf(k.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw spec.error("kind", "signal kind must be spike, trending, headline or event, not '" + k
          + "'");
    }
    if (kind == Kind.HEADLINE) {
      this.terms = spec.termSet();
    } else {
      for (String key : List.of("lists", "terms", "lang")) {
        if (spec.has(key)) {
          throw spec.error(key, "'" + key + "' is only for kind headline");
        }
      }
      this.terms = null;
    }
    if (kind != Kind.SPIKE) {
      for (String key : List.of("min_ratio", "min_uses")) {
        if (spec.has(key)) {
          throw spec.error(key, "'" + key + "' is only for kind spike");
        }
      }
    }
    this.minRatio = spec.number("min_ratio", Spike.MIN_RATIO);
    this.minUses = spec.integer("min_uses", Spike.MIN_USES);
    if (minRatio <= 1) {
      throw spec.error("min_ratio", "min_ratio must be more than 1");
    }
    if (minUses < 1) {
      throw spec.error("min_uses", "min_uses must be at least 1");
    }
  }

  @Override
  public List<Match> match(Subject subject) {
    Context ctx = subject.context();
    if (!ctx.present()) {
      return List.of();
    }
    LiveSignals s = ctx.signals();
    return switch (kind) {
      case SPIKE -> spike(s.history());
      case TRENDING -> trending(s.trending());
      case HEADLINE -> headlines(s.headlines());
      case EVENT -> events(s.events(), subject.tags());
    };
  }

  private List<Match> spike(List<DailyUse> history) {
    Optional<Spike> found = Spike.in(history, minUses, minRatio);
    if (found.isEmpty()) {
      return List.of();
    }
    Spike spike = found.get();
    List<DailyUse> days = spike.days();
    DailyUse today = spike.today();
    double median = spike.median();
    double ratio = spike.ratio();
    Map<String, Long> perDay = new LinkedHashMap<>();
    days.forEach(d -> perDay.put(d.day().toString(), d.uses()));
    UseSpike ev = new UseSpike(today.uses(), median, round(ratio), perDay);
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("today", Long.toString(today.uses()));
    vars.put("median", format(median));
    vars.put("ratio", format(round(ratio)));
    vars.put("days", Integer.toString(days.size()));
    return List.of(new Match(ev, vars));
  }

  private static List<Match> trending(List<String> sources) {
    if (sources.isEmpty()) {
      return List.of();
    }
    return List.of(new Match(new Trending(sources), Map.of("sources", String.join(", ", sources))));
  }

  private List<Match> headlines(List<Headline> headlines) {
    record Hit(Headline h, Set<String> terms, Set<String> lists) {}
    List<Hit> hits = new ArrayList<>();
    for (Headline h : headlines) {
      Set<String> found = new LinkedHashSet<>();
      Set<String> lists = new LinkedHashSet<>();
      for (TermSet.Hit hit : terms.find(TermList.words(h.title()), Set.of())) {
        found.add(hit.term());
        lists.add(hit.list());
      }
      if (!found.isEmpty()) {
        hits.add(new Hit(h, found, lists));
      }
    }
    // The headline with the most risk terms first, then the newest.
    hits.sort(Comparator.<Hit>comparingInt(x -> -x.terms().size())
        .thenComparing(x -> x.h().seenAt(), Comparator.reverseOrder())
        .thenComparing(x -> x.h().title()));
    List<Match> out = new ArrayList<>();
    for (Hit x : hits) {
      HeadlineHit ev = new HeadlineHit(x.h(), List.copyOf(x.terms()), List.copyOf(x.lists()));
      Map<String, String> vars = new LinkedHashMap<>();
      vars.put("title", x.h().title());
      vars.put("source", x.h().source());
      vars.put("terms", String.join(", ", x.terms()));
      out.add(new Match(ev, vars));
    }
    return out;
  }

  private static List<Match> events(List<Headline> events, List<TagReadings> tags) {
    List<Match> out = new ArrayList<>();
    for (Headline e : events) {
      List<String> words = TermList.words(e.title());
      for (TagReadings tag : tags) {
        // A reading of fewer letters than a tag needs ("a", "ok") is no phrase to look for.
        List<String> reading = tag.best().words();
        List<String> phrase = String.join("", reading).length() >= WordRuns.MIN_TAG_LETTERS
            ? reading : List.of();
        if (WordRuns.mentions(words, phrase, tag.folded())) {
          EventHit ev = new EventHit(e, tag.tag(), tag.best().text());
          Map<String, String> vars = new LinkedHashMap<>();
          vars.put("title", e.title());
          vars.put("source", e.source());
          vars.put("tag", "#" + tag.tag());
          out.add(new Match(ev, vars));
          break;
        }
      }
    }
    return out;
  }



  private static double median(List<Long> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  private static double round(double d) {
    return Math.round(d * 10) / 10.0;
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
