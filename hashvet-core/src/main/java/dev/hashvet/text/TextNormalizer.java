package dev.hashvet.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Folds text for matching: NFKC with case folding (ICU's NFKC_Casefold), which also folds
 * full-width and mathematical letters to plain ones and drops default-ignorable characters such as
 * zero-width spaces. Rules always match the folded form.
 */
public final class TextNormalizer {

  /** The folded form of {@code text}. */
  public String fold(String text) {
    if (isPrintableAscii(text)) {
      // NFKC_Casefold of printable ASCII is its lower case; skipping ICU here keeps ICU's data
      // off the start-up path of plain tags.
      return text.toLowerCase(Locale.ROOT);
    }
    String folded = Normalizer2.getNFKCCasefoldInstance().normalize(text);
    // Typographic apostrophes read as plain ones: "who’s" and "who's" are the same word.
    return folded.replace('\u2019', '\'').replace('\u02bc', '\'');
  }

  static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** True if {@code cp} is a letter or digit of any script. */
  static boolean isWordChar(int cp) {
    return UCharacter.isLetterOrDigit(cp);
  }
}
