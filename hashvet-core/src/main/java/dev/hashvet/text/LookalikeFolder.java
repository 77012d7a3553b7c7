package dev.hashvet.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;

/**
 * Undoes look-alike letters: a Latin-looking word written with some Cyrillic or Greek letters
 * ("nоtguilty" with a Cyrillic "о") reads as its Latin form. Uses ICU's restriction levels (UTS
 * #39) to decide that a word mixes scripts in a way no language does, and its confusable
 * skeletons to find the plain Latin letter each stranger stands for. Words in one script
 * (москва, 東京) and the usual mixes (Latin with Han and kana) are left alone.
 */
final class LookalikeFolder {
  /** True if {@code word} mixes scripts beyond what UTS #39 calls moderately restrictive. */
  boolean isMixedScript(String word) {
    // Plain ASCII is one script: skip ICU's confusables data, which costs start-up time.
    return !Ascii.is(word) && Checkers.RESTRICTION.failsChecks(word);
  }

  /**
   * The Latin reading of {@code word} when it is a Latin word with look-alike letters from
   * another script, else {@code word} unchanged.
   */
  String unmix(String word) {
    if (!isMixedScript(word) || !hasLatin(word)) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    int i = 0;
    while (i < word.length()) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      int script = UScript.getScript(cp);
      if (script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED) {
        out.appendCodePoint(cp);
        continue;
      }
      String skeleton = Checkers.SKELETONS.getSkeleton(new String(Character.toChars(cp)));
      if (!isAsciiLetters(skeleton)) {
        return word;
      }
      out.append(skeleton);
    }
    return out.toString();
  }

  private static boolean hasLatin(String s) {
    return s.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.LATIN);
  }

  /** Only plain letters count: "в" looks like a small-capital "ʙ", which no tag means. */
  private static boolean isAsciiLetters(String s) {
    return !s.isEmpty()
        && s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }

  /**
   * ICU's checkers, built on first use (loading the confusables data takes a while) and never
   * changed after: a SpoofChecker is safe to share between threads once built.
   */
  private static final class Checkers {
    static final SpoofChecker RESTRICTION =
        new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .build();
    static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
  }
}
