package dev.hashvet.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a run-together tag as words, the way people may read it: the best reading of a unigram
 * word-frequency model (cost = -ln probability, searched by dynamic programming), guided by the
 * writer's capitals and digits, then the plausible alternates, then the risky readings found on
 * purpose. For every risk word that occurs anywhere inside the tag, the segmenter forces it as a
 * word, reads the rest of the tag as well as it can, and keeps that reading when it is plausible:
 * made of words (no left-over letters such as "p ass the red cup"), not against the writer's
 * capitals (#PenIsland), and within {@link CostModel#riskMargin} of the best
 * (docs/segmentation.md gives the figures behind each rule). Place names and words that only
 * contain a risk word (Scunthorpe, cocktail) keep their own reading because splitting them costs
 * more than the margin.
 *
 * <p>Thread-safe; one instance can serve every tag of a run.
 */
public final class TagSegmenter {
  /** The longest tag that is searched, in chars after folding. */
  public static final int MAX_LENGTH = 280;

  /**
   * The words of one or two letters a risky or alternate reading may use: "a" and "i", and the
   * two-letter words that the gold readings of the English development sets (STAN-small,
   * STAN-large dev, BOUN dev) use at least three times. Other fragments ("cl", "et", "d") are
   * letters left over by a cut, not words (docs/segmentation.md).
   */
  static final Set<String> SHORT_WORDS = Set.of(
      "a", "i", "am", "as", "at", "be", "ed", "go", "in", "is", "it", "me", "my", "no", "of",
      "oh", "on", "or", "os", "so", "to", "tv", "uk", "up", "vs", "we");

  private final WordFrequencies frequencies;
  private final RiskLexicon lexicon;
  private final CostModel model;
  private final TextNormalizer normalizer = new TextNormalizer();
  private final LookalikeFolder lookalikes = new LookalikeFolder();
  private final Tokenizer tokenizer = new Tokenizer();

  /** A segmenter over the bundled English frequencies and risk lexicon. */
  public TagSegmenter() {
    this(WordFrequencies.bundled(), RiskLexicon.bundled(), CostModel.defaults());
  }

  /** A segmenter over the bundled frequencies with another risk lexicon. */
  public TagSegmenter(RiskLexicon lexicon) {
    this(WordFrequencies.bundled(), lexicon, CostModel.defaults());
  }

  public TagSegmenter(WordFrequencies frequencies, RiskLexicon lexicon, CostModel model) {
    this.frequencies = frequencies;
    this.lexicon = lexicon;
    this.model = model;
  }

  /**
   * The ranked readings of {@code tag} (a leading '#' or '＃' is ignored). A tag longer than
   * {@value #MAX_LENGTH} chars (no platform allows one) is not searched: its one reading is
   * itself.
   */
  public TagReadings read(String tag) {
    String bare = stripHash(tag);
    TagShape shape = TagShape.of(lookalikes.unmix(bare), normalizer);
    String folded = shape.folded;
    if (folded.isEmpty()) {
      return new TagReadings(bare, folded, List.of(reading(List.of(), 0)));
    }
    if (folded.length() > MAX_LENGTH) {
      return new TagReadings(bare, folded, List.of(reading(List.of(folded), 0)));
    }
    Lattice lattice = new Lattice(shape, frequencies, model, tokenizer);
    List<Lattice.Path> best = lattice.best();
    if (best.isEmpty()) {
      return new TagReadings(bare, folded, List.of(reading(List.of(folded), 0)));
    }
    Lattice.Path top = best.get(0);
    double bestCost = top.cost();
    int breaks = Math.max(0, top.words().size() - 1);
    double riskMargin = model.riskMargin(breaks);
    Map<String, Reading> kept = new LinkedHashMap<>();
    Reading first = reading(top.words(), 0);
    kept.put(first.text(), first);
    List<Lattice.Path> candidates = new ArrayList<>(best.subList(1, best.size()));
    for (RiskLexicon.Occurrence o : lexicon.occurrences(folded)) {
      candidates.add(lattice.forced(o.word(), o.start(), o.end()));
      candidates.add(lattice.forcedPossessive(o.word(), o.start(), o.end() + 1));
    }
    for (Lattice.Path p : candidates) {
      if (p == null || !madeOfWords(lattice, p, top)) {
        continue;
      }
      Reading r = reading(p.words(), Math.max(0, p.cost() - bestCost));
      boolean adds = addsRisk(r, first);
      if (adds && cutsCapitals(lattice, p)) {
        continue;
      }
      if (r.cost() <= (adds ? riskMargin : model.alternateMargin())) {
        kept.putIfAbsent(r.text(), r);
      }
    }
    List<Reading> ranked = new ArrayList<>(kept.values());
    ranked.remove(first);
    ranked.sort(Comparator.comparingDouble(Reading::cost));
    ranked.add(0, first);
    return new TagReadings(bare, folded, ranked);
  }

  /**
   * How much less likely than the best reading of {@code tag} the reading made of {@code words}
   * is (0 for the best), in the units of {@link Reading#cost()}; empty when the words do not spell
   * the tag. The segmentation bench uses it to see how far the readings people meant lie from the
   * best.
   */
  public OptionalDouble cost(String tag, List<String> words) {
    TagShape shape = TagShape.of(lookalikes.unmix(stripHash(tag)), normalizer);
    if (shape.folded.isEmpty() || shape.folded.length() > MAX_LENGTH) {
      return OptionalDouble.empty();
    }
    Lattice lattice = new Lattice(shape, frequencies, model, tokenizer);
    Lattice.Path p = lattice.along(words);
    List<Lattice.Path> best = lattice.best();
    if (p == null || best.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.max(0, p.cost() - best.get(0).cost()));
  }

  /**
   * Whether every word of {@code p} that the best reading {@code top} does not have at the same
   * place is a word: known to the lists, and, when one or two letters long, one of
   * {@link #SHORT_WORDS}. "p ass the red cup", "cl ass of 2020" and "a war eness month" are not
   * readings anyone makes.
   */
  private static boolean madeOfWords(Lattice lattice, Lattice.Path p, Lattice.Path top) {
    List<Lattice.Edge> own = top.edges();
    for (Lattice.Edge e : p.edges()) {
      if (own.stream().anyMatch(o -> o.start() == e.start() && o.end() == e.end()
          && o.word().equals(e.word()))) {
        continue;
      }
      boolean letters = e.word().chars().allMatch(c -> c >= 'a' && c <= 'z');
      if (!lattice.isKnown(e) || letters && e.word().length() <= 2
          && !SHORT_WORDS.contains(e.word())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a risk word of {@code p} goes against the writer's capitals (#PenIsland). */
  private boolean cutsCapitals(Lattice lattice, Lattice.Path p) {
    for (Lattice.Edge e : p.edges()) {
      if (lexicon.riskWord(e.word()).isPresent() && lattice.cutsCapitals(e.start(), e.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code r} has a risk word that {@code best} has not: such a reading is what a reader
   * might see instead, so it gets the risky-reading margin; a reading that only repeats the best
   * one's risk words is a plain alternate.
   */
  public static boolean addsRisk(Reading r, Reading best) {
    for (String w : r.risky()) {
      if (best.risky().stream().noneMatch(b -> b.startsWith(w) || w.startsWith(b))) {
        return true;
      }
    }
    return false;
  }

  private Reading reading(List<String> words, double cost) {
    List<String> risky = new ArrayList<>();
    for (String w : words) {
      lexicon.riskWord(w).filter(r -> !risky.contains(r)).ifPresent(risky::add);
    }
    return new Reading(String.join(" ", words), words, cost, risky);
  }

  private static String stripHash(String tag) {
    String t = tag.strip();
    while (t.startsWith("#") || t.startsWith("＃")) {
      t = t.substring(1);
    }
    return t;
  }
}
