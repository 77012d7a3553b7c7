package dev.hashvet.text;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * VADER sentiment valence (Hutto &amp; Gilbert 2014) for short posts: lexicon valence, booster and
 * dampener words, negation in a three-word window, "but" shift, ALL-CAPS emphasis, exclamation and
 * question marks, and the compound score normalised into [-1, 1]. It follows the Python original's
 * rules and constants; the differences (tokens, mentions and links, idioms at every position) are
 * listed in docs/tone.md. Immutable and thread-safe.
 */
final class ToneVader {
  static final String LEXICON_RESOURCE = "/text/tone/vader_lexicon.tsv.gz";

  // Empirically derived constants of the VADER paper (mean rating change in the human study).
  private static final double B_INCR = 0.293;
  private static final double B_DECR = -0.293;
  private static final double C_INCR = 0.733;
  private static final double N_SCALAR = -0.74;
  private static final double EXCLAMATION = 0.292;
  private static final double QUESTION = 0.18;
  private static final double ALPHA = 15;

  private static final Set<String> NEGATE =
      Set.of(
          ("aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't"
                  + " didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't"
                  + " hadn't hasn't haven't isn't mightn't mustn't neednt needn't never none nope"
                  + " nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent oughtn't"
                  + " shan't shouldn't uh-uh wasn't weren't without wont wouldnt won't wouldn't"
                  + " rarely seldom despite")
              .split(" "));

  private static final Map<String, Double> BOOSTERS = boosters();

  private static final Map<String, Double> SPECIAL_CASES =
      Map.of(
          "the shit", 3.0,
          "the bomb", 3.0,
          "bad ass", 1.5,
          "badass", 1.5,
          "bus stop", 0.0,
          "yeah right", -2.0,
          "kiss of death", -1.5,
          "to die for", 3.0,
          "beating heart", 3.1,
          "broken heart", -2.9);

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** The valence one word added to the sum, after every rule. */
  record Valence(String word, double valence) {}

  /**
   * A text's compound score, the words that carried valence (in text order) and the emphasis its
   * exclamation and question marks add.
   */
  record Result(double compound, List<Valence> valences, double emphasis) {
    /** The compound score the text would have without the valence of {@code words}. */
    double compoundWithout(Set<String> words) {
      double sum = 0;
      for (Valence v : valences) {
        if (!words.contains(v.word())) {
          sum += v.valence();
        }
      }
      return round4(normalize(sum > 0 ? sum + emphasis : sum < 0 ? sum - emphasis : 0));
    }
  }

  private final Map<String, Double> lexicon;

  ToneVader(Map<String, Double> lexicon) {
    this.lexicon = Map.copyOf(lexicon);
  }

  /** Reads the bundled lexicon (see licenses/vader.txt). */
  static ToneVader load() {
    try (InputStream in = ToneVader.class.getResourceAsStream(LEXICON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + LEXICON_RESOURCE);
      }
      return new ToneVader(readLexicon(new GZIPInputStream(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LEXICON_RESOURCE, e);
    }
  }

  /** Parses "token TAB valence [TAB ...]" lines; a repeated token keeps its last valence. */
  static Map<String, Double> readLexicon(InputStream in) throws IOException {
    Map<String, Double> out = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      int end = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
      try {
        out.put(
            line.substring(0, tab),
            Double.parseDouble(end < 0 ? line.substring(tab + 1) : line.substring(tab + 1, end)));
      } catch (RuntimeException e) {
        throw new IllegalStateException(LEXICON_RESOURCE + ":" + lineNo + ": bad lexicon line", e);
      }
    }
    return out;
  }

  int size() {
    return lexicon.size();
  }

  /** Scores {@code text}; an empty or wordless text scores 0. */
  Result score(String text) {
    String norm = NFKC.normalize(text).replace('\u2019', '\'').replace('\u02bc', '\'');
    List<String> words = words(norm);
    int n = words.size();
    if (n == 0) {
      return new Result(0, List.of(), 0);
    }
    String[] lower = new String[n];
    int caps = 0;
    for (int i = 0; i < n; i++) {
      lower[i] = words.get(i).toLowerCase(Locale.ROOT);
      if (isUpper(words.get(i))) {
        caps++;
      }
    }
    // Capitals only emphasise when some, not all, words are in capitals (all caps is just
    // shouting).
    boolean capDiff = caps > 0 && caps < n;

    double[] sentiments = new double[n];
    for (int i = 0; i < n; i++) {
      if (BOOSTERS.containsKey(lower[i])) {
        continue;
      }
      if (i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of")) {
        continue;
      }
      sentiments[i] = valence(words, lower, i, capDiff);
    }
    butShift(lower, sentiments);

    double sum = 0;
    List<Valence> valences = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sum += sentiments[i];
      if (sentiments[i] != 0) {
        valences.add(new Valence(lower[i], sentiments[i]));
      }
    }
    double emphasis = punctuationEmphasis(norm);
    if (sum > 0) {
      sum += emphasis;
    } else if (sum < 0) {
      sum -= emphasis;
    }
    return new Result(round4(normalize(sum)), List.copyOf(valences), emphasis);
  }

  private double valence(List<String> words, String[] lower, int i, boolean capDiff) {
    Double base = lexicon.get(lower[i]);
    if (base == null) {
      return 0;
    }
    int n = lower.length;
    double v = base;
    // "no" before a lexicon word negates that word instead of counting as a negative word itself.
    if (lower[i].equals("no") && i != n - 1 && lexicon.containsKey(lower[i + 1])) {
      v = 0;
    }
    if ((i > 0 && lower[i - 1].equals("no"))
        || (i > 1 && lower[i - 2].equals("no"))
        || (i > 2
            && lower[i - 3].equals("no")
            && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
      v = base * N_SCALAR;
    }
    if (capDiff && isUpper(words.get(i))) {
      v = v > 0 ? v + C_INCR : v - C_INCR;
    }
    for (int back = 0; back < 3; back++) {
      int j = i - (back + 1);
      if (j < 0 || lexicon.containsKey(lower[j])) {
        continue;
      }
      double s = boost(words.get(j), lower[j], v, capDiff);
      // A modifier further away counts a little less.
      if (back == 1) {
        s *= 0.95;
      } else if (back == 2) {
        s *= 0.9;
      }
      v = negation(v + s, lower, back, i);
    }
    v = specialCases(v, lower, i);
    return leastCheck(v, lower, i);
  }

  private static double boost(String word, String lower, double valence, boolean capDiff) {
    Double b = BOOSTERS.get(lower);
    if (b == null) {
      return 0;
    }
    double s = valence < 0 ? -b : b;
    if (capDiff && isUpper(word)) {
      s = valence > 0 ? s + C_INCR : s - C_INCR;
    }
    return s;
  }

  private static double negation(double v, String[] lower, int back, int i) {
    if (back == 0) {
      return negated(lower[i - 1]) ? v * N_SCALAR : v;
    }
    if (back == 1) {
      if (lower[i - 2].equals("never")
          && (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
        return v * 1.25;
      }
      if (lower[i - 2].equals("without") && lower[i - 1].equals("doubt")) {
        return v;
      }
      return negated(lower[i - 2]) ? v * N_SCALAR : v;
    }
    if ((lower[i - 3].equals("never") && (lower[i - 2].equals("so") || lower[i - 2].equals("this")))
        || lower[i - 1].equals("so")
        || lower[i - 1].equals("this")) {
      return v * 1.25;
    }
    if (lower[i - 3].equals("without")
        && (lower[i - 2].equals("doubt") || lower[i - 1].equals("doubt"))) {
      return v;
    }
    return negated(lower[i - 3]) ? v * N_SCALAR : v;
  }

  /** True for a negation word ("not", "never", "without") or any word with "n't". */
  static boolean negated(String lower) {
    return NEGATE.contains(lower) || lower.contains("n't");
  }

  /** Fixed idioms around the word ("the bomb", "yeah right") and "kind of"-style dampeners. */
  private static double specialCases(double v, String[] lower, int i) {
    int n = lower.length;
    String w1 = i >= 1 ? lower[i - 1] : null;
    String w2 = i >= 2 ? lower[i - 2] : null;
    String w3 = i >= 3 ? lower[i - 3] : null;
    String[] before = {
      w1 == null ? null : w1 + " " + lower[i],
      w2 == null ? null : w2 + " " + w1 + " " + lower[i],
      w2 == null ? null : w2 + " " + w1,
      w3 == null ? null : w3 + " " + w2 + " " + w1,
      w3 == null ? null : w3 + " " + w2
    };
    for (String seq : before) {
      Double special = seq == null ? null : SPECIAL_CASES.get(seq);
      if (special != null) {
        v = special;
        break;
      }
    }
    if (i + 1 < n) {
      Double special = SPECIAL_CASES.get(lower[i] + " " + lower[i + 1]);
      if (special != null) {
        v = special;
      }
    }
    if (i + 2 < n) {
      Double special = SPECIAL_CASES.get(lower[i] + " " + lower[i + 1] + " " + lower[i + 2]);
      if (special != null) {
        v = special;
      }
    }
    for (String gram : new String[] {before[3], before[4], before[2]}) {
      Double b = gram == null ? null : BOOSTERS.get(gram);
      if (b != null) {
        v += b;
      }
    }
    return v;
  }

  /** "least" negates ("the least compelling") unless it is "at least" or "very least". */
  private double leastCheck(double v, String[] lower, int i) {
    if (i > 0 && lower[i - 1].equals("least") && !lexicon.containsKey("least")) {
      if (i == 1 || !(lower[i - 2].equals("at") || lower[i - 2].equals("very"))) {
        return v * N_SCALAR;
      }
    }
    return v;
  }

  /** After the first "but" the sentiment counts half again; before it, half. */
  private static void butShift(String[] lower, double[] sentiments) {
    for (int b = 0; b < lower.length; b++) {
      if (lower[b].equals("but")) {
        for (int i = 0; i < sentiments.length; i++) {
          if (i < b) {
            sentiments[i] *= 0.5;
          } else if (i > b) {
            sentiments[i] *= 1.5;
          }
        }
        return;
      }
    }
  }

  private static double punctuationEmphasis(String text) {
    int exclamations = 0;
    int questions = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '!') {
        exclamations++;
      } else if (c == '?') {
        questions++;
      }
    }
    double amp = Math.min(exclamations, 4) * EXCLAMATION;
    if (questions > 1) {
      amp += questions <= 3 ? questions * QUESTION : 0.96;
    }
    return amp;
  }

  static double normalize(double score) {
    double norm = score / Math.sqrt(score * score + ALPHA);
    return Math.max(-1, Math.min(1, norm));
  }

  static double round4(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }

  /**
   * The text's words: split on white space; @mentions and links dropped (a handle is a name, not a
   * feeling); a token the lexicon knows as it stands is kept whole (emoticons such as ":)" or
   * "<3"); otherwise leading and trailing characters that are not letters or digits are stripped
   * ("good!" and "#blessed" become "good" and "blessed"), and a token with nothing left is dropped.
   */
  private List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int k = 0;
    while (k < n) {
      while (k < n && isSpace(text.charAt(k))) {
        k++;
      }
      int start = k;
      while (k < n && !isSpace(text.charAt(k))) {
        k++;
      }
      if (start < k) {
        String raw = text.substring(start, k);
        String word = token(raw);
        if (word != null) {
          out.add(word);
        }
      }
    }
    return out;
  }

  private String token(String raw) {
    if ((raw.length() > 1 && raw.charAt(0) == '@')
        || raw.contains("://")
        || raw.regionMatches(true, 0, "www.", 0, 4)) {
      return null;
    }
    if (lexicon.containsKey(raw.toLowerCase(Locale.ROOT))) {
      return raw;
    }
    int s = 0;
    int e = raw.length();
    while (s < e && !Character.isLetterOrDigit(raw.codePointAt(s))) {
      s += Character.charCount(raw.codePointAt(s));
    }
    while (e > s && !Character.isLetterOrDigit(raw.codePointBefore(e))) {
      e -= Character.charCount(raw.codePointBefore(e));
    }
    return s < e ? raw.substring(s, e) : null;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Python's str.isupper: at least one cased letter and no lower-case or title-case one. */
  static boolean isUpper(String word) {
    boolean upper = false;
    for (int k = 0; k < word.length(); ) {
      int cp = word.codePointAt(k);
      if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
        return false;
      }
      if (Character.isUpperCase(cp)) {
        upper = true;
      }
      k += Character.charCount(cp);
    }
    return upper;
  }

  private static Map<String, Double> boosters() {
    Map<String, Double> m = new HashMap<>();
    String up =
        "absolutely amazingly awfully completely considerable considerably decidedly deeply effing"
            + " enormous enormously entirely especially exceptional exceptionally extreme extremely"
            + " fabulously flipping flippin frackin fracking fricking frickin frigging friggin"
            + " fully fuckin fucking fuggin fugging greatly hella highly hugely incredible"
            + " incredibly intensely major majorly more most particularly purely quite really"
            + " remarkably so substantially thoroughly total totally tremendous tremendously uber"
            + " unbelievably unusually utter utterly very";
    String down =
        "almost barely hardly kinda kindof kind-of less little marginal marginally occasional"
            + " occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of";
    for (String w : up.split(" ")) {
      m.put(w, B_INCR);
    }
    for (String w : down.split(" ")) {
      m.put(w, B_DECR);
    }
    // Two-word dampeners: only ever looked up as a pair of preceding words.
    for (String w : new String[] {"just enough", "kind of", "sort of"}) {
      m.put(w, B_DECR);
    }
    return Map.copyOf(m);
  }
}
