package dev.hashvet.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the tone of a post: grief, anger or fear when the post carries enough cues from the
 * bundled emotion lexicons ({@code text/tone/grief.yml}, {@code anger.yml}, {@code fear.yml}),
 * otherwise positive, negative or neutral from VADER's compound sentiment score (Hutto &amp;
 * Gilbert 2014, lexicon bundled under licenses/vader.txt). The order and thresholds are described
 * in docs/tone.md.
 *
 * <p>Immutable and thread-safe; the lexicons are read once, when the classifier is built, so build
 * one (or use {@link #standard()}) and share it.
 */
public final class ToneClassifier {
  /** Compound score at or above which a post is positive (VADER's published threshold). */
  public static final double POSITIVE_AT = 0.05;

  /** Compound score at or below which a post is negative (VADER's published threshold). */
  public static final double NEGATIVE_AT = -0.05;

  /** Cue weight an emotion needs: one strong term, or two weak ones. */
  public static final int EMOTION_AT = ToneLexicon.STRONG;

  /**
   * Compound score at or above which the rest of a post (its sentiment without the cue's own words)
   * is so happy that a bare fear cue (weight {@value #EMOTION_AT} exactly) reads as a figure of
   * speech: "stay safe and have an amazing night!", "so scared for my exam, wish me luck!". It then
   * yields to the sentiment. Grief and anger never yield: mourning posts are often worded warmly,
   * and "justice" and "love" are positive words in the most outraged posts.
   */
  public static final double PLAYFUL_AT = 0.5;

  /** Most sentiment words cited for a positive or negative tone. */
  public static final int MAX_CUES = 5;

  /** Emotion lexicons, most alarming first: the order breaks ties. */
  private static final List<String> EMOTIONS = List.of("grief", "anger", "fear");

  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();
  private final ToneVader vader;
  private final List<ToneLexicon> emotions;

  /** Builds a classifier from the bundled lexicons. */
  public ToneClassifier() {
    this.vader = ToneVader.load();
    List<ToneLexicon> list = new ArrayList<>();
    for (String id : EMOTIONS) {
      list.add(ToneLexicon.load(id, normalizer, tokenizer));
    }
    this.emotions = List.copyOf(list);
  }

  /** A classifier shared by the whole process, built on first use. */
  public static ToneClassifier standard() {
    return Shared.INSTANCE;
  }

  /** The tone of {@code text}; an empty text is neutral. */
  public Tone classify(String text) {
    return score(text).tone();
  }

  /** The tone of {@code text} with its compound score and the words that decided it. */
  public ToneScore score(String text) {
    return score(text, List.of());
  }

  /**
   * As {@link #score(String)}, also looking for emotion cues in the readings of the post's tags
   * ("justice for caylee" for #JusticeForCaylee). Readings add no sentiment: VADER already sees the
   * tags in the text.
   */
  public ToneScore score(String text, List<String> tagReadings) {
    ToneVader.Result sentiment = vader.score(text);
    double compound = sentiment.compound();

    List<List<String>> segments = new ArrayList<>(1 + tagReadings.size());
    List<List<Token>> tokens = new ArrayList<>(1 + tagReadings.size());
    addSegment(text, segments, tokens);
    for (String reading : tagReadings) {
      addSegment(reading, segments, tokens);
    }

    ToneLexicon best = null;
    int bestWeight = 0;
    Set<String> bestCues = Set.of();
    Set<String> bestWords = Set.of();
    for (ToneLexicon lexicon : emotions) {
      Set<String> termsSeen = new LinkedHashSet<>();
      Set<String> cues = new LinkedHashSet<>();
      Set<String> cueWords = new HashSet<>();
      int weight = 0;
      for (int s = 0; s < segments.size(); s++) {
        for (ToneLexicon.Cue cue : lexicon.cues(segments.get(s))) {
          // A term counts once however often it is repeated ("RIP RIP RIP").
          if (termsSeen.add(cue.term().text())) {
            weight += cue.term().weight();
          }
          cues.add(span(tokens.get(s), cue));
          cueWords.addAll(segments.get(s).subList(cue.start(), cue.end()));
        }
      }
      if (weight >= EMOTION_AT && weight > bestWeight) {
        best = lexicon;
        bestWeight = weight;
        bestCues = cues;
        bestWords = cueWords;
      }
    }
    if (best != null && !yieldsToSentiment(best.tone(), bestWeight, sentiment, bestWords)) {
      return new ToneScore(best.tone(), compound, List.copyOf(bestCues));
    }
    if (compound >= POSITIVE_AT) {
      return new ToneScore(Tone.POSITIVE, compound, sentimentCues(sentiment, 1));
    }
    if (compound <= NEGATIVE_AT) {
      return new ToneScore(Tone.NEGATIVE, compound, sentimentCues(sentiment, -1));
    }
    return new ToneScore(Tone.NEUTRAL, compound, List.of());
  }

  /** The emotion lexicons in force, most alarming first (for tests and explanations). */
  List<ToneLexicon> emotions() {
    return emotions;
  }

  private static boolean yieldsToSentiment(
      Tone tone, int weight, ToneVader.Result sentiment, Set<String> cueWords) {
    return tone == Tone.FEAR
        && weight == EMOTION_AT
        && sentiment.compound() >= PLAYFUL_AT
        && sentiment.compoundWithout(cueWords) >= PLAYFUL_AT;
  }

  private void addSegment(String text, List<List<String>> segments, List<List<Token>> tokens) {
    List<Token> t = tokenizer.words(normalizer.fold(text));
    List<String> words = new ArrayList<>(t.size());
    for (Token token : t) {
      words.add(token.word());
    }
    segments.add(words);
    tokens.add(t);
  }

  /** The cue as written: the folded text from its first word to its last ("rest in peace"). */
  private static String span(List<Token> tokens, ToneLexicon.Cue cue) {
    if (cue.end() - cue.start() == 1) {
      return tokens.get(cue.start()).word();
    }
    StringBuilder sb = new StringBuilder();
    for (int k = cue.start(); k < cue.end(); k++) {
      if (k > cue.start()) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).word());
    }
    return sb.toString();
  }

  /** The strongest words pulling in {@code sign}'s direction, in text order, distinct. */
  private static List<String> sentimentCues(ToneVader.Result sentiment, int sign) {
    List<ToneVader.Valence> same = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ToneVader.Valence v : sentiment.valences()) {
      if (Math.signum(v.valence()) == sign && seen.add(v.word())) {
        same.add(v);
      }
    }
    if (same.size() > MAX_CUES) {
      List<ToneVader.Valence> strongest = new ArrayList<>(same);
      strongest.sort(Comparator.comparingDouble((ToneVader.Valence v) -> -Math.abs(v.valence())));
      Set<ToneVader.Valence> keep = Set.copyOf(strongest.subList(0, MAX_CUES));
      same.removeIf(v -> !keep.contains(v));
    }
    List<String> out = new ArrayList<>(same.size());
    for (ToneVader.Valence v : same) {
      out.add(v.word());
    }
    return out;
  }

  /** Holder idiom: the shared classifier is built once, on first use, without locking. */
  private static final class Shared {
    static final ToneClassifier INSTANCE = new ToneClassifier();
  }
}
