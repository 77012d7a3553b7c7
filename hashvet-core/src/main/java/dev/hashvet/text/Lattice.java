package dev.hashvet.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Every way to cut one folded tag into words, with a cost on each word: the words of the frequency
 * list, possessives ("thatcher's"), unknown words priced by length, numbers and words of other
 * scripts; the writer's capitals and digits add or save cost at each break. The costs are local to
 * each word, so the best reading through any forced word is the best reading of what comes before
 * it, plus the word, plus the best reading of what comes after.
 */
final class Lattice {
  /**
   * One word of a reading at {@code [start, end)} of the folded tag; {@code word} is null for a
   * skipped separator such as '_'.
   */
  record Edge(int start, int end, String word, double cost) {}

  /** A partial reading ending at some position: its last edge and what came before. */
  record Path(double cost, Edge edge, Path prev) {
    List<String> words() {
      List<String> out = new ArrayList<>();
      for (Path p = this; p != null && p.edge != null; p = p.prev) {
        if (p.edge.word() != null) {
          out.add(0, p.edge.word());
        }
      }
      return out;
    }

    /** The edges of this reading that are words, in order. */
    List<Edge> edges() {
      List<Edge> out = new ArrayList<>();
      for (Path p = this; p != null && p.edge != null; p = p.prev) {
        if (p.edge.word() != null) {
          out.add(0, p.edge);
        }
      }
      return out;
    }
  }

  private final TagShape shape;
  private final WordFrequencies freq;
  private final CostModel model;
  private final int n;
  private final List<List<Edge>> from;
  /** The n-best partial readings ending at each position, cheapest first. */
  private final List<List<Path>> paths;
  /** The cost of the best reading of the tag from each position to the end, and its next edge. */
  private final double[] suffix;
  private final Edge[] suffixEdge;

  Lattice(TagShape shape, WordFrequencies freq, CostModel model, Tokenizer tokenizer) {
    this.shape = shape;
    this.freq = freq;
    this.model = model;
    this.n = shape.length();
    this.from = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      from.add(new ArrayList<>());
    }
    addEdges(tokenizer);
    this.paths = forward();
    this.suffix = new double[n + 1];
    this.suffixEdge = new Edge[n + 1];
    backward();
  }

  /** The cheapest complete readings, at most {@code alternates} of them. */
  List<Path> best() {
    return paths.get(n);
  }

  /** The best complete reading that has {@code word} at {@code [start, end)}, or null. */
  Path forced(String word, int start, int end) {
    if (!canForce(start, end)) {
      return null;
    }
    return through(new Edge(start, end, word, wordCost(start, end)));
  }

  /** The best complete reading that has {@code stem + "'s"} at {@code [start, end)}, or null. */
  Path forcedPossessive(String stem, int start, int end) {
    if (!canForce(start, end) || shape.folded.charAt(end - 1) != 's') {
      return null;
    }
    double stemCost = lettersCost(freq.cost(shape.folded, start, end - 1), end - 1 - start);
    return through(new Edge(start, end, stem.concat("'s"),
        stemCost + model.possessive() + casePenalty(start, end)));
  }

  /**
   * The reading made of exactly {@code words} (lower-case, separators skipped), priced as the
   * search prices it, or null when the words do not spell the tag or a word is not a word of the
   * search (a run of digits split, say).
   */
  Path along(List<String> words) {
    Path p = paths.get(0).get(0);
    int at = 0;
    int next = 0;
    while (at < n) {
      Edge step = null;
      for (Edge e : from.get(at)) {
        boolean fits = e.word() == null
            || next < words.size() && e.word().equals(words.get(next));
        if (fits && (step == null || e.cost() < step.cost())) {
          step = e;
        }
      }
      if (step == null) {
        return null;
      }
      p = new Path(p.cost() + step.cost(), step, p);
      next += step.word() == null ? 0 : 1;
      at = step.end();
    }
    return next == words.size() ? p : null;
  }

  /**
   * Whether {@code [start, end)} is a word the lists know (counted, SCOWL, or the possessive of
   * one), a number, or a word of another script: anything but letters priced as unknown.
   */
  boolean isKnown(Edge e) {
    if (!allLetters(e.start(), e.end())) {
      return true;
    }
    int end = e.word().endsWith("'s") ? e.end() - 1 : e.end();
    return !Double.isNaN(freq.cost(shape.folded, e.start(), end));
  }

  /**
   * Whether a word at {@code [start, end)} goes against the writer's capitals in a camel-case tag:
   * it runs over a capital ("penis|Land" in PenIsland), or it starts or ends inside a part the
   * writer began with a capital ("The|rapist" in TherapistFinder).
   */
  boolean cutsCapitals(int start, int end) {
    if (!shape.camel) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (shape.boundary[k] == TagShape.CAMEL) {
        return true;
      }
    }
    return insideCapitalised(start) || end < n && insideCapitalised(end);
  }

  private boolean insideCapitalised(int at) {
    return at > 0 && shape.boundary[at] == TagShape.INSIDE && shape.upperStart[at];
  }

  private boolean canForce(int start, int end) {
    return end <= n && !paths.get(start).isEmpty() && !Double.isInfinite(suffix[end])
        && allLetters(start, end);
  }

  /** The best reading before {@code e}, then {@code e}, then the best reading after it. */
  private Path through(Edge e) {
    Path before = paths.get(e.start()).get(0);
    Path p = new Path(before.cost() + e.cost(), e, before);
    for (int i = e.end(); i < n; i = p.edge().end()) {
      Edge next = suffixEdge[i];
      p = new Path(p.cost() + next.cost(), next, p);
    }
    return p;
  }

  private void addEdges(Tokenizer tokenizer) {
    int i = 0;
    while (i < n) {
      if (isSeparator(i)) {
        from.get(i).add(new Edge(i, i + 1, null, 0));
        i++;
        continue;
      }
      int end = i;
      boolean ascii = true;
      while (end < n && !isSeparator(end)) {
        char c = shape.folded.charAt(end);
        ascii &= isAsciiLetter(c) || isDigit(c);
        end++;
      }
      if (ascii) {
        for (int k = i; k < end; k++) {
          addAsciiEdges(k);
        }
      } else {
        addForeignRun(i, end, tokenizer);
      }
      i = end;
    }
  }

  private boolean isSeparator(int i) {
    char c = shape.folded.charAt(i);
    return !Character.isLetterOrDigit(c) && !Character.isSurrogate(c)
        && Character.getType(c) != Character.NON_SPACING_MARK
        && Character.getType(c) != Character.COMBINING_SPACING_MARK;
  }

  /**
   * A run with any char beyond a-z and 0-9 ("café", "東京") is cut by ICU's word breaks, not by
   * the English list, and has that one reading.
   */
  private void addForeignRun(int start, int end, Tokenizer tokenizer) {
    List<Token> tokens = tokenizer.words(shape.folded.substring(start, end));
    int at = start;
    for (Token t : tokens) {
      int ts = start + t.start();
      int te = start + t.end();
      if (ts > at) {
        from.get(at).add(new Edge(at, ts, null, 0));
      }
      from.get(ts).add(new Edge(ts, te, t.word(), model.foreignWord()));
      at = te;
    }
    if (at < end) {
      from.get(at).add(new Edge(at, end, null, 0));
    }
  }

  private void addAsciiEdges(int i) {
    String s = shape.folded;
    int digitRunEnd = i;
    while (digitRunEnd < n && isDigit(s.charAt(digitRunEnd))) {
      digitRunEnd++;
    }
    boolean digitRunStart = i == 0 || !isDigit(s.charAt(i - 1));
    boolean letters = true;
    boolean digits = true;
    long extra = freq.allExtra();
    for (int j = i + 1; j <= n; j++) {
      char c = s.charAt(j - 1);
      if (!isAsciiLetter(c) && !isDigit(c)) {
        break;
      }
      letters &= isAsciiLetter(c);
      digits &= isDigit(c);
      int length = j - i;
      boolean extraAlive = letters && !WordFrequencies.isEmpty(extra);
      if (extraAlive) {
        extra = freq.narrow(s, i, j, extra);
        extraAlive = !WordFrequencies.isEmpty(extra);
      }
      if (length > model.maxUnknown() && length > freq.maxLength() && !extraAlive) {
        break;
      }
      double penalty = casePenalty(i, j);
      if (digits) {
        if (digitRunStart && j == digitRunEnd) {
          double cost = model.number() + penalty;
          from.get(i).add(new Edge(i, j, s.substring(i, j), cost));
        }
        continue;
      }
      double known = letters ? freq.countedCost(s, i, j) : Double.NaN;
      if (Double.isNaN(known) && extraAlive && freq.startsWithWordOf(extra, length)) {
        known = freq.extraCost();
      }
      if (!Double.isNaN(known) || length <= model.maxUnknown()) {
        from.get(i).add(new Edge(i, j, s.substring(i, j), lettersCost(known, length) + penalty));
      }
      if (letters && c == 's' && length >= 3) {
        double stem = freq.cost(s, i, j - 1);
        if (!Double.isNaN(stem)) {
          from.get(i).add(new Edge(i, j, s.substring(i, j - 1).concat("'s"),
              stem + model.possessive() + penalty));
        }
      }
    }
  }

  /** The cost of the letters {@code [start, end)} as one word, known or not, with case costs. */
  private double wordCost(int start, int end) {
    return lettersCost(freq.cost(shape.folded, start, end), end - start) + casePenalty(start, end);
  }

  /**
   * A word is either a listed word or one spelt out letter by letter, so a rare listed word costs
   * no more than the same letters as an unknown word would.
   */
  private double lettersCost(double known, int length) {
    double unknown = unknownCost(length);
    return (Double.isNaN(known) ? unknown : Math.min(known, unknown));
  }

  private double unknownCost(int length) {
    return model.unknownBase() + model.unknownPerChar() * length
        + model.unknownLongPerChar() * Math.max(0, length - LONG_UNKNOWN);
  }

  /** Unknown words longer than this pay {@link CostModel#unknownLongPerChar()} per extra char. */
  static final int LONG_UNKNOWN = 8;

  /** What the writer's capitals say about a word at {@code [start, end)}. */
  private double casePenalty(int start, int end) {
    double p = 0;
    if (start > 0 && shape.boundary[start] == TagShape.INSIDE && shape.camel
        && shape.upperStart[start]) {
      p += model.splitInCapitalised();
    }
    // A tag written as one capitalised word is one word nine times in ten: charge once for
    // reading it as several, on the first word.
    if (shape.title && start == 0 && end < n) {
      p += model.splitInTitle();
    }
    if (shape.camel) {
      for (int k = start + 1; k < end; k++) {
        if (shape.boundary[k] == TagShape.CAMEL) {
          p += model.crossCapital();
        }
      }
    }
    return p;
  }

  private List<List<Path>> forward() {
    int keep = Math.max(1, model.alternates());
    List<List<Path>> out = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      out.add(new ArrayList<>(keep));
    }
    out.get(0).add(new Path(0, null, null));
    for (int i = 0; i < n; i++) {
      List<Path> here = out.get(i);
      if (here.isEmpty()) {
        continue;
      }
      for (Edge e : from.get(i)) {
        List<Path> there = out.get(e.end());
        for (Path p : here) {
          double cost = p.cost() + e.cost();
          if (there.size() == keep && cost >= there.get(keep - 1).cost()) {
            break;
          }
          insert(there, new Path(cost, e, p), keep);
        }
      }
    }
    return out;
  }

  private static void insert(List<Path> list, Path p, int keep) {
    int at = list.size();
    while (at > 0 && list.get(at - 1).cost() > p.cost()) {
      at--;
    }
    list.add(at, p);
    if (list.size() > keep) {
      list.remove(list.size() - 1);
    }
  }

  private void backward() {
    java.util.Arrays.fill(suffix, Double.POSITIVE_INFINITY);
    suffix[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      for (Edge e : from.get(i)) {
        double c = e.cost() + suffix[e.end()];
        if (c < suffix[i]) {
          suffix[i] = c;
          suffixEdge[i] = e;
        }
      }
    }
  }

  private boolean allLetters(int start, int end) {
    for (int k = start; k < end; k++) {
      if (!isAsciiLetter(shape.folded.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
