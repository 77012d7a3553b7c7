package dev.hashvet.bench;

import dev.hashvet.text.CostModel;
import dev.hashvet.text.Reading;
import dev.hashvet.text.RiskLexicon;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.TagSegmenter;
import dev.hashvet.text.WordFrequencies;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The figures behind the risky-reading margin (docs/segmentation.md), from the development sets:
 * how far above the best reading the readings people meant lie when the model misses them, and
 * how many tags whose meant reading has no risk word would get a risky reading under each margin
 * ({@code base + perBreak × breaks of the best reading}), against the tags that must be flagged.
 */
final class RiskBench {
  record Case(String tag, List<String> golds) {}

  record Set(String name, List<Case> cases) {}

  /** Tags whose risky reading is the well-known misfire: each must stay flagged. */
  static final List<String> MUST_FLAG = List.of("susanalbumparty", "nowthatchersdead",
      "therapistfinder", "penisland", "expertsexchange", "whorepresents", "molestationnursery");

  private static final double[] BASES = {0, 2.5, 5, 7.5, 10};
  private static final double[] PER_BREAK = {0, 2.5, 5, 7.5};
  private static final double[] MAX = {15, 17.5, 20, 22.5, 1000};

  private final PrintStream out;
  private final RiskLexicon lexicon;
  private final CostModel model;
  private final TagSegmenter segmenter;
  private final TagSegmenter wide;

  RiskBench(PrintStream out, WordFrequencies freq, RiskLexicon lexicon, CostModel model) {
    this.out = out;
    this.lexicon = lexicon;
    this.model = model;
    this.segmenter = new TagSegmenter(freq, lexicon, model);
    this.wide = new TagSegmenter(freq, lexicon, new CostModel(model.unknownBase(),
        model.unknownPerChar(), model.unknownLongPerChar(), model.maxUnknown(),
        model.possessive(), model.number(), model.foreignWord(), model.splitInCapitalised(),
        model.crossCapital(), model.splitInTitle(), 1000, 0, 1000, model.alternateMargin(),
        model.alternates()));
  }

  /** The cost above the best at which {@code tag} first gets a risky reading; NaN if never. */
  private record Flag(int breaks, double cost, String reading, String word) {}

  void run(List<Set> sets) {
    goldGaps(sets);
    List<Flag> innocent = new ArrayList<>();
    List<String> examples = new ArrayList<>();
    Map<String, Integer> byWord = new TreeMap<>();
    for (Set set : sets) {
      int risky = 0;
      int flaggedNow = 0;
      for (Case c : set.cases()) {
        if (c.golds().stream().anyMatch(this::hasRiskWord)) {
          risky++;
          continue;
        }
        Flag f = flag(c.tag());
        innocent.add(f);
        if (!Double.isNaN(f.cost()) && f.cost() <= model.riskMargin(f.breaks())) {
          byWord.merge(f.word(), 1, Integer::sum);
          flaggedNow++;
          if (examples.size() < 60) {
            examples.add(set.name() + "  #" + c.tag() + "  -> " + f.reading() + "  ("
                + String.format(Locale.ROOT, "%.1f", f.cost()) + ")");
          }
        }
      }
      out.printf(Locale.ROOT, "risky readings %-15s %5d tags whose meant reading has no risk word "
          + "get one (%.2f%%); %d tags mean a risk word%n", set.name(), flaggedNow,
          100.0 * flaggedNow / (set.cases().size() - risky), risky);
    }
    examples.forEach(e -> out.println("  " + e));
    out.println("innocent tags flagged, by risk word: " + byWord);
    List<Flag> must = MUST_FLAG.stream().map(this::flag).toList();
    out.println("margin sweep (min(max, base + perBreak x breaks)): innocent tags flagged, "
        + "must-flag kept");
    for (double max : MAX) {
      for (double base : BASES) {
        for (double per : PER_BREAK) {
          long flagged = innocent.stream().filter(f -> within(f, base, per, max)).count();
          long kept = must.stream().filter(f -> within(f, base, per, max)).count();
          if (kept == must.size() || max == 1000) {
            out.printf(Locale.ROOT, "  max %6.1f base %4.1f perBreak %3.1f  flagged %4d (%.2f%%)  "
                + "must-flag %d/%d%n", max, base, per, flagged, 100.0 * flagged / innocent.size(),
                kept, must.size());
          }
        }
      }
    }
    for (int i = 0; i < must.size(); i++) {
      out.printf(Locale.ROOT, "  must-flag #%s: %s at %.1f (%d breaks)%n", MUST_FLAG.get(i),
          must.get(i).reading(), must.get(i).cost(), must.get(i).breaks());
    }
  }

  /**
   * For the tags the model misses, how far above its best the gold reading lies, by the number of
   * word breaks of the best reading (percentiles of the gap, in nats).
   */
  private void goldGaps(List<Set> sets) {
    List<List<Double>> gaps = new ArrayList<>();
    for (int b = 0; b < 4; b++) {
      gaps.add(new ArrayList<>());
    }
    for (Set set : sets) {
      for (Case c : set.cases()) {
        TagReadings r = segmenter.read(c.tag());
        String got = r.best().text();
        if (c.golds().contains(got)) {
          continue;
        }
        OptionalDouble gap = segmenter.cost(c.tag(), List.of(c.golds().get(0).split(" ")));
        if (gap.isPresent()) {
          int breaks = Math.min(3, Math.max(0, r.best().words().size() - 1));
          gaps.get(breaks).add(gap.getAsDouble());
        }
      }
    }
    out.println("gold reading above the best, for the tags the model misses (nats):");
    for (int b = 0; b < 4; b++) {
      double[] g = gaps.get(b).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (g.length == 0) {
        continue;
      }
      double m = model.riskMargin(b);
      long within = Arrays.stream(g).filter(x -> x <= m).count();
      out.printf(Locale.ROOT, "  best with %s breaks: %5d misses  p50 %.1f  p75 %.1f  p90 %.1f  "
          + "p95 %.1f  within the margin (%.1f): %.0f%%%n", b == 3 ? "3+" : String.valueOf(b),
          g.length, pct(g, 50), pct(g, 75), pct(g, 90), pct(g, 95), m, 100.0 * within / g.length);
    }
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(p / 100.0 * sorted.length))];
  }

  private boolean hasRiskWord(String gold) {
    return Arrays.stream(gold.split(" ")).anyMatch(w -> lexicon.category(w).isPresent());
  }

  /**
   * How the misreading rule would see {@code tag} with an unbounded risk margin: the cheapest
   * reading that adds a risk word, or 0 when the best reading is itself risky and has a harmless
   * alternate (#penisland); NaN when nothing is risky.
   */
  private Flag flag(String tag) {
    TagReadings r = wide.read(tag);
    Reading best = r.best();
    int breaks = Math.max(0, best.words().size() - 1);
    if (best.isRisky() && r.readings().size() > 1) {
      return new Flag(breaks, 0, best.text(), best.risky().get(0));
    }
    for (Reading alt : r.readings().subList(1, r.readings().size())) {
      if (TagSegmenter.addsRisk(alt, best)) {
        return new Flag(breaks, alt.cost(), alt.text(), alt.risky().get(0));
      }
    }
    return new Flag(breaks, Double.NaN, "", "");
  }

  private static boolean within(Flag f, double base, double per, double max) {
    return !Double.isNaN(f.cost()) && f.cost() <= Math.min(max, margin(base, per, f.breaks()));
  }

  private static double margin(double base, double per, int breaks) {
    return base + per * breaks;
  }
}
