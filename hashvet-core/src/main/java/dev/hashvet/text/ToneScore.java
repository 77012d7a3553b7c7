package dev.hashvet.text;

import java.util.List;

/**
 * A post's tone with the evidence for it.
 *
 * @param tone the tone decided
 * @param compound VADER's compound sentiment score in [-1, 1], rounded to 4 decimals (computed
 *     whatever the tone, so a grief post can still be seen to be worded warmly)
 * @param cues the words that decided the tone, in text order: for grief, anger or fear the emotion
 *     terms found (as written in the folded text, "rest in peace"); for positive or negative the
 *     sentiment words that pulled that way (up to {@value ToneClassifier#MAX_CUES}); empty for
 *     neutral
 */
public record ToneScore(Tone tone, double compound, List<String> cues) {
  public ToneScore {
    cues = List.copyOf(cues);
  }
}
