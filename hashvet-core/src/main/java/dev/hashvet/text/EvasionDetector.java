package dev.hashvet.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds what hides a tag or a text from readers and filters: invisible characters (zero-width
 * space, joiners, word joiner, BOM, soft hyphen and the other default-ignorable characters), bidi
 * controls that reorder what is shown, and Latin-looking words with letters from another script
 * ("nоtguilty" with a Cyrillic "о"). Legitimate uses stay quiet: the joiners inside emoji
 * sequences and in scripts that shape with them (Persian, Sinhala, Devanagari...), variation
 * selectors, emoji tag sequences, and words wholly in one script (москва, 東京) or in the usual
 * mixes (Latin with Han and kana).
 */
public final class EvasionDetector {
  private final LookalikeFolder lookalikes = new LookalikeFolder();
  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();

  /**
   * What hides in {@code raw}; {@code where} names it in the signals: the tag without '#', or
   * "text". At most one signal of each kind for invisible and bidi characters, and one per word
   * for look-alikes.
   */
  public List<EvasionSignal> inspect(String where, String raw) {
    List<EvasionSignal> out = new ArrayList<>();
    if (TextNormalizer.isPrintableAscii(raw)) {
      // Nothing in printable ASCII is invisible, reorders text or belongs to another script;
      // skipping ICU's property and word-break data keeps plain input fast to start.
      return out;
    }
    List<String> invisible = new ArrayList<>();
    List<String> bidi = new ArrayList<>();
    StringBuilder visible = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      int cp = raw.codePointAt(i);
      if (isBidiControl(cp)) {
        bidi.add(describe(cp, i));
      } else if (isHiding(raw, i, cp)) {
        invisible.add(describe(cp, i));
      } else {
        visible.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    String stripped = visible.toString();
    if (!invisible.isEmpty()) {
      out.add(new EvasionSignal(EvasionSignal.Kind.ZERO_WIDTH, where,
          "invisible " + plural(invisible.size(), "character") + ": "
              + String.join(", ", invisible), stripped));
    }
    if (!bidi.isEmpty()) {
      out.add(new EvasionSignal(EvasionSignal.Kind.BIDI_CONTROL, where,
          plural(bidi.size(), "bidi control") + " that reorder what is shown: "
              + String.join(", ", bidi), stripped));
    }
    for (Token word : tokenizer.words(stripped)) {
      lookalike(where, word.word()).ifPresent(out::add);
    }
    return out;
  }

  private Optional<EvasionSignal> lookalike(String where, String word) {
    if (!lookalikes.isMixedScript(word)) {
      return Optional.empty();
    }
    String latin = lookalikes.unmix(word);
    if (!latin.equals(word)) {
      List<String> found = new ArrayList<>();
      int i = 0;
      while (i < word.length()) {
        int cp = word.codePointAt(i);
        int script = UScript.getScript(cp);
        if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
          found.add(UScript.getName(script) + " '" + new String(Character.toChars(cp)) + "' ("
              + codePoint(cp) + ")");
        }
        i += Character.charCount(cp);
      }
      return Optional.of(new EvasionSignal(EvasionSignal.Kind.LOOKALIKE, where,
          "'" + word + "' looks Latin but has " + String.join(", ", found),
          normalizer.fold(latin)));
    }
    return Optional.of(new EvasionSignal(EvasionSignal.Kind.MIXED_SCRIPT, where,
        "'" + word + "' mixes scripts: " + scripts(word), normalizer.fold(word)));
  }

  /** A default-ignorable character with no legitimate job at {@code i}. */
  private static boolean isHiding(String s, int i, int cp) {
    if (!UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
      return false;
    }
    if (UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)) {
      return false;
    }
    if (cp >= 0xE0020 && cp <= 0xE007F) {
      return !inEmojiTagSequence(s, i);
    }
    if (cp == 0x200D || cp == 0x200C) {
      return !joinsEmoji(s, i, cp) && !joinsShapingScript(s, i, cp);
    }
    return true;
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E || cp == 0x200F || cp == 0x061C;
  }

  /** ZWJ between two emoji ("👨‍👩‍👧"), with skin tones or variation selectors between. */
  private static boolean joinsEmoji(String s, int i, int cp) {
    if (cp != 0x200D) {
      return false;
    }
    int before = previousBase(s, i);
    int after = i + 1 < s.length() ? s.codePointAt(i + 1) : -1;
    return before >= 0 && after >= 0 && isEmoji(before) && isEmoji(after);
  }

  /** ZWJ or ZWNJ between letters of a script that shapes with them (not Latin, Greek, Cyrillic). */
  private static boolean joinsShapingScript(String s, int i, int cp) {
    int before = i > 0 ? s.codePointBefore(i) : -1;
    int after = i + 1 < s.length() ? s.codePointAt(i + 1) : -1;
    return before >= 0 && after >= 0 && isShapingLetter(before) && isShapingLetter(after);
  }

  private static boolean isShapingLetter(int cp) {
    int type = UCharacter.getType(cp);
    boolean letterOrMark = UCharacter.isLetter(cp) || type == UCharacter.NON_SPACING_MARK
        || type == UCharacter.COMBINING_SPACING_MARK;
    int script = UScript.getScript(cp);
    return letterOrMark && script != UScript.LATIN && script != UScript.GREEK
        && script != UScript.CYRILLIC && script != UScript.COMMON;
  }

  private static boolean inEmojiTagSequence(String s, int i) {
    int k = i;
    while (k > 0) {
      int prev = s.codePointBefore(k);
      if (prev >= 0xE0020 && prev <= 0xE007F) {
        k -= Character.charCount(prev);
      } else {
        return prev == 0x1F3F4;
      }
    }
    return false;
  }

  /** The code point before {@code i}, skipping skin tones and variation selectors. */
  private static int previousBase(String s, int i) {
    int k = i;
    while (k > 0) {
      int prev = s.codePointBefore(k);
      if (UCharacter.hasBinaryProperty(prev, UProperty.EMOJI_MODIFIER)
          || UCharacter.hasBinaryProperty(prev, UProperty.VARIATION_SELECTOR)) {
        k -= Character.charCount(prev);
      } else {
        return prev;
      }
    }
    return -1;
  }

  private static boolean isEmoji(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION);
  }

  private static String describe(int cp, int at) {
    return codePoint(cp) + " " + UCharacter.getName(cp) + " at " + at;
  }

  private static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  private static String scripts(String word) {
    List<String> names = new ArrayList<>();
    word.codePoints()
        .map(UScript::getScript)
        .filter(sc -> sc != UScript.COMMON && sc != UScript.INHERITED)
        .distinct()
        .forEach(sc -> names.add(UScript.getName(sc)));
    return String.join(" and ", names);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
