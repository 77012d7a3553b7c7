package dev.hashvet.text;

/** Placeholder until the lexicon-based classifier lands: every post is neutral. */
public final class ToneClassifier {
  public Tone classify(String text) {
    return Tone.NEUTRAL;
  }
}
