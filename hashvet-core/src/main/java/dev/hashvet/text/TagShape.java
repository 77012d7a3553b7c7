package dev.hashvet.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * A tag folded for reading, with what its writer's capitals and digits say about where its words
 * begin. The folded text is what the dictionary is looked up in; the hints come from the tag as
 * written (after NFKC, so full-width and mathematical letters keep their case).
 */
final class TagShape {
  /** No evidence either way: inside a run of one kind of char. */
  static final byte INSIDE = 0;

  /** A lower-case letter followed by a capital ("love|DP"). */
  static final byte CAMEL = 1;

  /** Where a run of capitals may end: before its last capital or after it ("HTML|Parser",
   * "IPO|issues"); one of the two is a word break, so neither costs to split or to cross. */
  static final byte ACRONYM = 4;

  /** A change between letters and digits ("2020|vision", "windows|7"). */
  static final byte DIGIT = 2;

  /** Not a letter or digit (underscore, hyphen): words never cross it. */
  static final byte HARD = 3;


  private static final byte LOWER = 1;
  private static final byte UPPER = 2;
  private static final byte NUMBER = 3;
  private static final byte OTHER_LETTER = 4;
  private static final byte NONE = 0;

  final String folded;
  /** {@code boundary[i]} is the kind of the boundary before char i (index 0 unused). */
  final byte[] boundary;
  /** {@code upperStart[i]}: the case segment that char i belongs to starts with a capital. */
  final boolean[] upperStart;
  /** The writer used capitals inside the tag, so a capital starts a word. */
  final boolean camel;
  /** The tag is one capitalised word ("Penistone"): no capital, digit or mark inside. */
  final boolean title;

  private TagShape(
      String folded, byte[] boundary, boolean[] upperStart, boolean camel, boolean title) {
    this.folded = folded;
    this.boundary = boundary;
    this.upperStart = upperStart;
    this.camel = camel;
    this.title = title;
  }

  /** The shape of {@code tag} (without '#'), folded with {@code normalizer}. */
  static TagShape of(String tag, TextNormalizer normalizer) {
    String folded = normalizer.fold(tag);
    String cased =
        TextNormalizer.isPrintableAscii(tag)
            ? tag
            : withoutIgnorables(Normalizer2.getNFKCInstance().normalize(tag));
    int n = folded.length();
    byte[] kind = new byte[n];
    boolean sameShape = cased.length() == n;
    for (int i = 0; i < n && sameShape; i++) {
      char c = cased.charAt(i);
      sameShape = Character.toLowerCase(c) == folded.charAt(i) || c == folded.charAt(i);
    }
    String source = sameShape ? cased : folded;
    for (int i = 0; i < n; i++) {
      kind[i] = kindOf(source.charAt(i));
    }
    byte[] boundary = new byte[n];
    boolean camel = false;
    for (int i = 1; i < n; i++) {
      byte b = boundaryAt(kind, i);
      boundary[i] = b;
      camel |= b == CAMEL || b == ACRONYM;
    }
    boolean[] upperStart = new boolean[n];
    boolean segmentUpper = false;
    for (int i = 0; i < n; i++) {
      if (i == 0 || boundary[i] != INSIDE) {
        segmentUpper = kind[i] == UPPER;
      }
      upperStart[i] = segmentUpper;
    }
    boolean title = !camel && n > 1 && kind[0] == UPPER;
    for (int i = 1; i < n && title; i++) {
      title = kind[i] == LOWER;
    }
    return new TagShape(folded, boundary, upperStart, camel, title);
  }

  int length() {
    return folded.length();
  }

  private static byte boundaryAt(byte[] kind, int i) {
    byte a = kind[i - 1];
    byte b = kind[i];
    if (a == NONE || b == NONE) {
      return HARD;
    }
    if ((a == NUMBER) != (b == NUMBER)) {
      return DIGIT;
    }
    if (a == LOWER && b == UPPER) {
      return CAMEL;
    }
    // An acronym ends either before its last capital ("HTML|Parser") or after it ("IPO|issues").
    if (a == UPPER && b == UPPER && i + 1 < kind.length && kind[i + 1] == LOWER) {
      return ACRONYM;
    }
    if (a == UPPER && b == LOWER && i >= 2 && kind[i - 2] == UPPER) {
      return ACRONYM;
    }
    return INSIDE;
  }

  private static byte kindOf(char c) {
    if (Character.isDigit(c)) {
      return NUMBER;
    }
    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
      return UPPER;
    }
    if (Character.isLowerCase(c)) {
      return LOWER;
    }
    if (Character.isLetter(c) || Character.isSurrogate(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK
        || c == '\'') {
      return OTHER_LETTER;
    }
    return NONE;
  }

  private static String withoutIgnorables(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(cp -> !UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT))
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
