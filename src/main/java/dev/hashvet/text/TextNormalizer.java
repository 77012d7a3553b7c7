package dev.hashvet.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * Folds text for matching: NFKC with case folding (ICU's NFKC_Casefold), which also folds full-width
 * and mathematical letters to plain ones and drops default-ignorable characters such as zero-width
 * spaces. Rules always match the folded form.
 */
public final class TextNormalizer {
  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

  /** The folded form of {@code text}. */
  public String fold(String text) {
    String folded = NFKC_CF.normalize(text);
    // Typographic apostrophes read as plain ones: "who’s" and "who's" are the same word.
    return folded.replace('\u2019', '\'').replace('\u02bc', '\'');
  }

  /** True if {@code cp} is a letter or digit of any script. */
  static boolean isWordChar(int cp) {
    return UCharacter.isLetterOrDigit(cp);
  }
}
