package dev.hashvet.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Folds text for matching: NFKC with case folding (ICU's NFKC_Casefold), which also folds
 * full-width and mathematical letters to plain ones and drops default-ignorable characters such as
 * zero-width spaces. Rules always match the folded form. Thai and Lao SARA AM (ำ, ຳ), which NFKC
 * splits into NIKHAHIT and SARA AA, are put back together: ICU's dictionaries hold the composed
 * letter, and the split one breaks their words apart (น้ำ, ตำรวจ, คำ).
 */
public final class TextNormalizer {

  /** The folded form of {@code text}. */
  public String fold(String text) {
    if (isPrintableAscii(text)) {
      // NFKC_Casefold of printable ASCII is its lower case; skipping ICU here keeps ICU's data
      // off the start-up path of plain tags.
      return text.toLowerCase(Locale.ROOT);
    }
    String folded = recomposeSaraAm(Normalizer2.getNFKCCasefoldInstance().normalize(text));
    // Typographic apostrophes read as plain ones: "who’s" and "who's" are the same word.
    return folded.replace('\u2019', '\'').replace('\u02bc', '\'');
  }

  /** {@code s} with Thai and Lao NIKHAHIT + SARA AA written as the one letter SARA AM. */
  private static String recomposeSaraAm(String s) {
    if (s.indexOf('\u0E4D') >= 0) {
      s = s.replace("\u0E4D\u0E32", "\u0E33");
    }
    if (s.indexOf('\u0ECD') >= 0) {
      s = s.replace("\u0ECD\u0EB2", "\u0EB3");
    }
    return s;
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
}
