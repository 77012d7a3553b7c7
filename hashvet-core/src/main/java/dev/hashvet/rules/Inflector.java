package dev.hashvet.rules;

import com.ibm.icu.text.Transliterator;
import dev.hashvet.text.LanguageDetector;
import dev.hashvet.text.WordFrequencies;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms a term may take in running text, so that a list entry "verdict" also matches
 * "verdicts", "explosión" matches "explosiones", "deprem" matches "depremde" and "지진" matches
 * "지진으로". Two kinds:
 *
 * <ul>
 *   <li>{@link #forms}: regular inflections of the term's words (plural, case, gender, particles,
 *       clitic prefixes), by suffix rules per language. Irregular forms and verb forms are listed
 *       in the term file ({@code forms}).
 *   <li>{@link #respell}: other ways people spell each word ("ae" for "ä", Arabic without hamza,
 *       Russian "е" for "ё", Hindi without nukta, Turkish "i" for "ı" from upper-case text, romance
 *       words without accents), applied to every form;
 *   <li>text words with Han characters are also looked up in Simplified Chinese ({@link
 *       #simplifiedKey}), so Traditional text meets Simplified terms.
 * </ul>
 *
 * Rules over-generate a little (a form that is not a word never matches anything); they never
 * shorten a term, so a form is never a substring match of a shorter word.
 */
final class Inflector {
  private Inflector() {}

  /** Extra forms of {@code words} (the term itself not included). */
  static List<List<String>> forms(List<String> words, String lang) {
    return forms(words, lang, true);
  }

  /** {@link #forms}, with or without the guard against other words ({@link #isOtherWord}). */
  static List<List<String>> forms(List<String> words, String lang, boolean guard) {
    String last = words.get(words.size() - 1);
    String primary = lang.split("-", 2)[0];
    if (primary.equals("ar")) {
      return arabic(words);
    }
    if (primary.equals("he")) {
      return hebrew(words);
    }
    if (last.length() < 2 || !last.chars().allMatch(Inflector::isLetterOrMark)) {
      return List.of();
    }
    List<String> suffixed = new ArrayList<>();
    if (last.length() >= 3 || primary.equals("ko")) {
      switch (lang) {
        case "en" -> english(last, suffixed);
        case "es" -> spanish(last, suffixed);
        case "pt" -> portuguese(last, suffixed);
        case "it" -> italian(last, suffixed);
        case "fr" -> french(last, suffixed);
        case "de" -> german(last, suffixed);
        case "nl" -> dutch(last, suffixed);
        case "tr" -> turkish(last, suffixed);
        case "id", "ms" -> indonesian(last, suffixed);
        case "ru" -> russian(last, suffixed);
        case "hi" -> hindi(last, suffixed);
        case "hi-latn" -> hinglish(last, suffixed);
        case "ko" -> korean(last, suffixed);
        case "bn" -> bengali(last, suffixed);
        case "pl" -> polish(last, suffixed);
        case "uk" -> ukrainian(last, suffixed);
        case "ro" -> romanian(last, suffixed);
        case "el" -> greek(stripAccents(last), suffixed);
        default -> {
          return List.of();
        }
      }
    }
    if (guard) {
      suffixed.removeIf(s -> isOtherWord(s, last, primary));
    }
    List<List<String>> out = new ArrayList<>();
    for (String s : suffixed) {
      if (s.equals(last)) {
        continue;
      }
      List<String> f = new ArrayList<>(words.subList(0, words.size() - 1));
      f.add(s);
      out.add(f);
    }
    if (words.size() == 2 && (lang.equals("de") || lang.equals("ru"))) {
      out.addAll(agreeing(words, lang, suffixed));
    }
    if (words.size() == 2 && CROSSED.contains(lang)) {
      out.addAll(crossed(words, lang, guard));
    }
    return out;
  }

  /** Languages whose two-word terms inflect both words ({@link #crossed}). */
  private static final Set<String> CROSSED = Set.of("pl", "uk", "ro", "el");

  /**
   * Both words of a two-word term in every case: "przemoc domowa" is also "przemocy domowej",
   * "домашнє насильство" also "домашнього насильства", "atac terorist" also "atacul terorist"
   * and "atacuri teroriste", "τρομοκρατική επίθεση" also "τρομοκρατικής επίθεσης". Every form of
   * the first word (and, for a word with an adjective ending, its adjective forms) is paired with
   * every form of the second; pairs no grammar allows never match anything.
   */
  private static List<List<String>> crossed(List<String> words, String lang, boolean guard) {
    List<List<String>> each = new ArrayList<>();
    for (String w : words) {
      List<String> variants = new ArrayList<>();
      variants.add(w);
      if (w.length() >= 3 && w.chars().allMatch(Inflector::isLetterOrMark)) {
        List<String> more = new ArrayList<>();
        switch (lang) {
          case "pl" -> {
            polish(w, more);
            polishAdjective(w, more);
          }
          case "uk" -> {
            ukrainian(w, more);
            ukrainianAdjective(w, more);
          }
          case "ro" -> romanian(w, more);
          default -> greek(stripAccents(w), more);
        }
        String primary = lang;
        if (guard) {
          more.removeIf(f -> isOtherWord(f, w, primary));
        }
        variants.addAll(more);
      }
      each.add(variants);
    }
    List<List<String>> out = new ArrayList<>();
    for (String a : each.get(0)) {
      for (String b : each.get(1)) {
        if (!(a.equals(words.get(0)) && b.equals(words.get(1)))) {
          out.add(List.of(a, b));
        }
      }
    }
    return out;
  }

  /** The forms of a Polish adjective in -a or -e (domowa: domowej, domową, domowe, domowy). */
  private static void polishAdjective(String w, List<String> out) {
    if (!(w.endsWith("a") || w.endsWith("e")) || w.length() < 4) {
      return;
    }
    String stem = w.substring(0, w.length() - 1);
    boolean soft = stem.endsWith("i") || PL_VELAR.matcher(stem).matches();
    String y = soft && !stem.endsWith("i") ? "i" : "y";
    String i = soft && !stem.endsWith("i") ? "i" : "";
    for (String e : new String[] {y, "a", i + "e", i + "ego", i + "emu", y + "m", i + "ej", "ą",
        y + "ch", y + "mi"}) {
      out.add(stem + e);
    }
  }

  /** The forms of a Ukrainian adjective in -а, -е, -є or -і (домашнє: домашнього, домашньої). */
  private static void ukrainianAdjective(String w, List<String> out) {
    if (w.length() < 4) {
      return;
    }
    String stem = w.substring(0, w.length() - 1);
    if (w.endsWith("є") || w.endsWith("я") && stem.endsWith("н")) {
      for (String e : new String[] {"ій", "я", "є", "ього", "ьому", "ім", "ьої", "ю", "ьою", "і",
          "іх", "іми"}) {
        out.add(stem + e);
      }
    } else if (w.endsWith("а") || w.endsWith("е") || w.endsWith("і")) {
      ukrainian(stem + "ий", out);
      out.add(stem + "ий");
    }
  }

  /** A term of at most this many letters has verb forms that are doubtful in English. */
  static final int SHORT_TERM = 3;

  /**
   * The cost (see {@link WordFrequencies}) under which a generated English form counts as a
   * common word of its own: about one in a million words of Google Books.
   */
  static final double COMMON_COST = 14.0;

  /**
   * Whether {@code form}, made from {@code term} by a regular rule, is rather another common word
   * of {@code lang}, so that matching it would be wrong (the guard, docs/rules.md):
   *
   * <ul>
   *   <li>in any language with a common-word list ({@link LanguageDetector#isCommonWord}), a form
   *       that is one of those words ("coma" would give Spanish "como");
   *   <li>in English, a verb form (-ed, -ing) of a term of at most {@value #SHORT_TERM} letters
   *       that is itself a common word: short terms are often acronyms or nouns whose verb forms
   *       mean something else ("rip" would give "ripped", "ripping").
   * </ul>
   *
   * A list that means such a form names it in {@code forms:}, which the guard never touches.
   */
  static boolean isOtherWord(String form, String term, String lang) {
    if (LanguageDetector.isCommonWord(form, lang) && !LanguageDetector.isCommonWord(term, lang)) {
      return true;
    }
    if (!lang.equals("en") || term.length() > SHORT_TERM
        || !(form.endsWith("ed") || form.endsWith("ing"))) {
      return false;
    }
    OptionalDouble cost = WordFrequencies.bundled().cost(form);
    return cost.isPresent() && cost.getAsDouble() < COMMON_COST;
  }

  /**
   * German and Russian adjectives agree with their noun: "häusliche Gewalt" is also "häuslicher
   * Gewalt", "домашнее насилие" also "домашнего насилия". For a two-word term whose first word has
   * an adjective ending, every adjective form is paired with the noun and each of its forms (a few
   * pairs that no grammar allows never match anything).
   */
  private static List<List<String>> agreeing(List<String> words, String lang, List<String> nouns) {
    String adj = words.get(0);
    List<String> adjectives = new ArrayList<>();
    if (lang.equals("de") && adj.length() > 3 && adj.endsWith("e")) {
      String stem = adj.substring(0, adj.length() - 1);
      for (String e : List.of("e", "en", "er", "es", "em")) {
        adjectives.add(stem + e);
      }
    } else if (lang.equals("ru") && adj.length() > 4 && RU_AGREEING.matcher(adj).matches()) {
      String stem = adj.substring(0, adj.length() - 2);
      boolean soft = RU_SOFT.matcher(adj).matches() && !RU_VELAR.matcher(stem).matches();
      String[] endings =
          soft
              ? new String[] {
                "ий", "яя", "ее", "ие", "его", "ему", "им", "ем", "ей", "юю", "их", "ими"
              }
              : new String[] {
                "ый", "ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми", "ие",
                "их", "ими", "им"
              };
      for (String e : endings) {
        adjectives.add(stem + e);
      }
    }
    List<List<String>> out = new ArrayList<>();
    List<String> allNouns = new ArrayList<>(nouns);
    allNouns.add(0, words.get(1));
    for (String a : adjectives) {
      if (a.equals(adj)) {
        continue;
      }
      for (String n : allNouns) {
        out.add(List.of(a, n));
      }
    }
    return out;
  }

  /**
   * Other spellings of the whole {@code text} that must be tokenised again. None at present:
   * Chinese in the other script is matched from the text side instead ({@link #simplifiedKey} on
   * each word, plus the run-together form of every phrase, so "天安門事件", one word to ICU, still meets
   * "天安门 事件"), which keeps ICU's transliterator out of start-up.
   */
  static List<String> variants(String text, String lang) {
    return List.of();
  }

  /**
   * How {@code word} (folded) is also written, or the word itself: German "ae" for "ä", romance
   * words without accents, Turkish "i" for "ı" (upper-case text folds "I" to "i"), Russian "е" for
   * "ё", Arabic without hamza or short vowels, Hindi without nukta.
   */
  static String respell(String word, String lang) {
    return switch (lang.split("-", 2)[0]) {
      case "de" -> word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
      case "es", "pt", "fr", "it" -> stripAccents(word);
      case "tr" -> word.replace('ı', 'i');
      case "ru" -> word.replace('ё', 'е');
      case "ar" -> bareArabic(word);
      case "hi" -> word.replace("\u093C", "").replace('\u0901', '\u0902');
      case "uk" -> word.replace('ґ', 'г');
      case "ro", "el" -> stripAccents(word);
      default -> word;
    };
  }

  /**
   * The key under which a text word also meets the terms, or the word itself: Greek without its
   * accents (the Greek terms are also indexed without them, and a stressed syllable moves when a
   * word inflects: θάνατος, θανάτου), Romanian ş and ţ with a cedilla (old keyboards) as ș and ț
   * with a comma below.
   */
  static String plainKey(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u0384' && c <= '\u03ce' || c >= '\u1f00' && c <= '\u1fff') {
        String plain = stripAccents(word);
        if (!plain.equals(word)) {
          return plain;
        }
      }
      if (c == 'ş' || c == 'ţ') {
        return word.replace('ş', 'ș').replace('ţ', 'ț');
      }
    }
    return word;
  }

  /** The Simplified Chinese form of a word with Han characters, else the word. */
  static String simplifiedKey(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.HAN) {
        return Scripts.simplified(word);
      }
    }
    return word;
  }

  private static void english(String w, List<String> out) {
    char end = w.charAt(w.length() - 1);
    String stem = w.substring(0, w.length() - 1);
    if (end == 'y' && !isVowel(w.charAt(w.length() - 2))) {
      out.add(stem + "ies");
      out.add(stem + "ied");
      out.add(w + "ing");
    } else if (end == 'e') {
      out.add(w + "s");
      out.add(w + "d");
      if (w.endsWith("ie")) {
        out.add(w.substring(0, w.length() - 2) + "ying");
      } else if (!w.endsWith("ee")) {
        out.add(stem + "ing");
      } else {
        out.add(w + "ing");
      }
    } else if (w.endsWith("s")
        || w.endsWith("x")
        || w.endsWith("z")
        || w.endsWith("ch")
        || w.endsWith("sh")) {
      out.add(w + "es");
      out.add(w + "ed");
      out.add(w + "ing");
    } else {
      out.add(w + "s");
      out.add(w + "ed");
      out.add(w + "ing");
      if (isShortCvc(w)) {
        out.add(w + end + "ed");
        out.add(w + end + "ing");
      }
    }
  }

  /** Plural and gender: muerto, muerta, muertos, muertas; explosión, explosiones; voz, voces. */
  private static void spanish(String w, List<String> out) {
    char end = w.charAt(w.length() - 1);
    String stem = w.substring(0, w.length() - 1);
    if (end == 'o') {
      out.add(w + "s");
      out.add(stem + "a");
      out.add(stem + "as");
    } else if (isVowel(end)) {
      out.add(w + "s");
    } else if (end == 'z') {
      out.add(stem + "ces");
    } else if (ES_STRESSED.matcher(w).matches()) {
      String plain = stripAccents(w.substring(w.length() - 2, w.length() - 1));
      out.add(w.substring(0, w.length() - 2) + plain + end + "es");
      out.add(w.substring(0, w.length() - 2) + plain + end + "a");
    } else {
      out.add(w + "es");
      if (end == 'r' || end == 'n' || end == 'l') {
        out.add(w + "a");
        out.add(w + "as");
      }
    }
  }

  /** Plural and gender: morto, morta, mortos, mortas; explosão, explosões; criminal, criminais. */
  private static void portuguese(String w, List<String> out) {
    char end = w.charAt(w.length() - 1);
    String stem = w.substring(0, w.length() - 1);
    if (w.endsWith("ão")) {
      String base = w.substring(0, w.length() - 2);
      out.add(base + "ões");
      out.add(base + "ães");
      out.add(base + "ãos");
    } else if (end == 'o') {
      out.add(w + "s");
      out.add(stem + "a");
      out.add(stem + "as");
    } else if (isVowel(end)) {
      out.add(w + "s");
    } else if (end == 'm') {
      out.add(stem + "ns");
    } else if (end == 'l') {
      out.add(stem + "is");
    } else {
      out.add(w + "es");
      if (end == 'r') {
        out.add(w + "a");
        out.add(w + "as");
      }
    }
  }

  /**
   * Plural and gender: morto, morta, morti, morte; strage, stragi; bomba, bombe; omicidio, omicidi.
   */
  private static void italian(String w, List<String> out) {
    char end = w.charAt(w.length() - 1);
    String stem = w.substring(0, w.length() - 1);
    switch (end) {
      case 'o' -> {
        if (w.endsWith("io")) {
          out.add(stem);
        } else if (w.endsWith("co") || w.endsWith("go")) {
          out.add(stem + "hi");
          out.add(stem + "i");
          out.add(stem + "a");
          out.add(stem + "he");
        } else {
          out.add(stem + "i");
          out.add(stem + "a");
          out.add(stem + "e");
        }
      }
      case 'a' -> {
        if (w.endsWith("ca") || w.endsWith("ga")) {
          out.add(stem + "he");
        } else {
          out.add(stem + "e");
        }
        out.add(stem + "i");
      }
      case 'e' -> out.add(stem + "i");
      default -> {}
    }
  }

  /** Plural and gender: mort, morte, morts, mortes; national, nationaux; feu, feux. */
  private static void french(String w, List<String> out) {
    if (w.endsWith("al")) {
      out.add(w.substring(0, w.length() - 2) + "aux");
    }
    if (w.endsWith("eau") || w.endsWith("eu")) {
      out.add(w + "x");
      return;
    }
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z")) {
      out.add(w + "e");
      out.add(w + "es");
      return;
    }
    out.add(w + "s");
    if (!w.endsWith("e")) {
      out.add(w + "e");
      out.add(w + "es");
      if (w.endsWith("eur")) {
        out.add(w.substring(0, w.length() - 3) + "euse");
        out.add(w.substring(0, w.length() - 3) + "euses");
      }
      if (w.endsWith("if")) {
        out.add(w.substring(0, w.length() - 1) + "ve");
        out.add(w.substring(0, w.length() - 1) + "ves");
      }
    }
  }

  /** Plural and case endings: Anschlag, Anschlage(s); Opfer, Opfern; tot, tote, toten, toter. */
  private static void german(String w, List<String> out) {
    out.add(w + "e");
    out.add(w + "en");
    out.add(w + "er");
    out.add(w + "es");
    out.add(w + "em");
    out.add(w + "n");
    out.add(w + "s");
  }

  /**
   * Plural and adjective endings: aanslag, aanslagen; dode, doden. A short vowel before the last
   * consonant doubles it (bom, bommen; never "bomen", which is "trees").
   */
  private static void dutch(String w, List<String> out) {
    int n = w.length();
    boolean shortVowel =
        n >= 3
            && !isVowel(w.charAt(n - 1))
            && isVowel(w.charAt(n - 2))
            && !isVowel(w.charAt(n - 3))
            && "wjy".indexOf(w.charAt(n - 1)) < 0;
    if (shortVowel) {
      char c = w.charAt(n - 1);
      out.add(w + c + "en");
      out.add(w + c + "e");
      out.add(w + "s");
      return;
    }
    out.add(w + "en");
    out.add(w + "s");
    out.add(w + "e");
    if (w.endsWith("e")) {
      out.add(w + "n");
    }
  }

  /**
   * Turkish case, plural and possessive suffixes with vowel harmony and buffer consonants: deprem,
   * depremde, depremden, depremler, depremlerde, depremin, depremi, depreminde; saldırı, saldırıda,
   * saldırısı, saldırıları. A final k, p or ç also softens before a vowel (köpek, köpeği).
   */
  private static void turkish(String w, List<String> out) {
    char harmony = lastVowel(w);
    boolean back = "aıou".indexOf(harmony) >= 0;
    String e2 = back ? "a" : "e";
    String i4 =
        switch (harmony) {
          case 'a', 'ı' -> "ı";
          case 'o', 'u' -> "u";
          case 'ö', 'ü' -> "ü";
          default -> "i";
        };
    char end = w.charAt(w.length() - 1);
    boolean vowelEnd = "aeıioöuü".indexOf(end) >= 0;
    boolean hard = "çfhkpsşt".indexOf(end) >= 0;
    String d = hard ? "t" : "d";
    List<String> stems = new ArrayList<>();
    stems.add(w);
    if (!vowelEnd) {
      String soft =
          switch (end) {
            case 'k' -> w.substring(0, w.length() - 1) + "ğ";
            case 'p' -> w.substring(0, w.length() - 1) + "b";
            case 'ç' -> w.substring(0, w.length() - 1) + "c";
            default -> "";
          };
      if (!soft.isEmpty()) {
        stems.add(soft);
      }
    }
    String plural = w + "l" + e2 + "r";
    out.add(plural);
    out.add(w + d + e2);
    out.add(w + d + e2 + "n");
    out.add(w + d + e2 + "ki");
    for (String s : stems) {
      if (vowelEnd) {
        out.add(s + "y" + i4);
        out.add(s + "y" + e2);
        out.add(s + "n" + i4 + "n");
        out.add(s + "s" + i4);
        out.add(s + "s" + i4 + "nd" + e2);
        out.add(s + "s" + i4 + "n" + e2);
        out.add(s + "s" + i4 + "nd" + e2 + "n");
        out.add(s + "yl" + e2);
      } else {
        out.add(s + i4);
        out.add(s + e2);
        out.add(s + i4 + "n");
        out.add(s + i4 + "nd" + e2);
        out.add(s + i4 + "nd" + e2 + "n");
        out.add(s + i4 + "n" + e2);
        out.add(s + "l" + e2);
      }
    }
    String pi4 = back ? "ı" : "i";
    out.add(plural + pi4);
    out.add(plural + e2);
    out.add(plural + "d" + e2);
    out.add(plural + "d" + e2 + "n");
    out.add(plural + pi4 + "n");
    out.add(plural + pi4 + "nd" + e2);
    out.add(plural + pi4 + "n" + e2);
  }

  /** The clitic -nya ("gempanya": the earthquake) and -lah; affixed forms are listed. */
  private static void indonesian(String w, List<String> out) {
    out.add(w + "nya");
    out.add(w + "lah");
  }

  /**
   * Russian noun and adjective case endings by the word's ending: взрыв, взрыва, взрыве, взрывом,
   * взрывы, взрывов; война, войны, войне, войну, войной; смерть, смерти, смертью; убийство,
   * убийства, убийстве; мёртвый, мёртвого, мёртвые.
   */
  private static void russian(String w, List<String> out) {
    String[] endings;
    String stem;
    if (RU_ADJECTIVE.matcher(w).matches()) {
      stem = w.substring(0, w.length() - 2);
      boolean soft = w.endsWith("ий") && !RU_VELAR.matcher(stem).matches();
      endings =
          soft
              ? new String[] {"его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими"}
              : RU_VELAR.matcher(stem).matches()
                  ? new String[] {
                    "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими", "ий", "ый"
                  }
                  : new String[] {
                    "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"
                  };
    } else if (w.endsWith("ия")) {
      stem = w.substring(0, w.length() - 2);
      endings = new String[] {"ии", "ию", "ией", "ий", "иям", "иями", "иях"};
    } else if (w.endsWith("ие")) {
      stem = w.substring(0, w.length() - 2);
      endings = new String[] {"ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"};
    } else if (w.endsWith("а")) {
      stem = w.substring(0, w.length() - 1);
      String y = RU_VELAR.matcher(stem).matches() ? "и" : "ы";
      endings = new String[] {y, "е", "у", "ой", "ою", "", "ам", "ами", "ах"};
    } else if (w.endsWith("я")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"и", "е", "ю", "ей", "ь", "ям", "ями", "ях"};
    } else if (w.endsWith("о") || w.endsWith("е")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"а", "у", "ом", "ем", "е", "", "ам", "ами", "ах", "ов"};
    } else if (w.endsWith("ь")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"и", "ью", "ей", "ям", "ями", "ях", "я", "ю", "ем", "е"};
    } else if (w.endsWith("й")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"};
    } else {
      stem = w;
      String y = RU_VELAR.matcher(stem).matches() ? "и" : "ы";
      endings = new String[] {"а", "у", "ом", "е", y, "ов", "ей", "ам", "ами", "ах"};
    }
    for (String e : endings) {
      if (!(stem + e).isEmpty()) {
        out.add(stem + e);
      }
    }
  }

  /**
   * Polish case endings by the word's ending: zamach, zamachu, zamachem, zamachy, zamachów;
   * bomba, bomby, bombie, bombę, bombą; zabójstwo, zabójstwa, zabójstwem, zabójstw; martwy,
   * martwego, martwa, martwych; tragedia, tragedii, tragedię. Consonant changes before -e
   * (ofiara, ofierze) are listed in the file.
   */
  private static void polish(String w, List<String> out) {
    String[] endings;
    String stem = w.substring(0, w.length() - 1);
    boolean velar = PL_VELAR.matcher(stem).matches();
    char end = w.charAt(w.length() - 1);
    if (end == 'y' || (end == 'i' && velar)) {
      String i = end == 'i' ? "i" : "";
      endings =
          new String[] {
            "a", i + "e", i + "ego", i + "emu", end + "m", i + "ej", "ą", end + "ch", end + "mi"
          };
    } else if (end == 'a') {
      String y = velar || stem.endsWith("i") ? "i" : "y";
      endings = new String[] {y, "ie", "ę", "ą", "o", "", "om", "ami", "ach"};
    } else if (end == 'o' || end == 'e') {
      endings = new String[] {"a", "u", "em", "ie", "om", "ami", "ach", ""};
    } else if (isVowel(end) || end == 'ą' || end == 'ę') {
      return;
    } else {
      stem = w;
      String y = PL_VELAR.matcher(w).matches() ? "i" : "y";
      String em = PL_VELAR.matcher(w).matches() ? "iem" : "em";
      endings = new String[] {"a", "u", "owi", em, "ie", y, "ów", "om", "ami", "ach", "e", "ą"};
    }
    for (String e : endings) {
      out.add(stem + e);
    }
  }

  /**
   * Ukrainian case endings by the word's ending: вибух, вибуху, вибухом, вибухи, вибухів; війна,
   * війни, війні, війну, війною; трагедія, трагедії, трагедією; смерть, смерті, смертю;
   * вбивство, вбивства, вбивстві; поранений, пораненого, поранені.
   */
  private static void ukrainian(String w, List<String> out) {
    String[] endings;
    String stem;
    if (w.endsWith("ий")) {
      stem = w.substring(0, w.length() - 2);
      endings =
          new String[] {"ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими"};
    } else if (w.endsWith("ія")) {
      stem = w.substring(0, w.length() - 2);
      endings = new String[] {"ії", "ію", "ією", "ій", "іям", "іями", "іях"};
    } else if (w.endsWith("а")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"и", "і", "у", "ою", "", "ам", "ами", "ах", "о"};
      char c = stem.charAt(stem.length() - 1);
      String alternated =
          switch (c) {
            case 'к' -> "ц";
            case 'г' -> "з";
            case 'х' -> "с";
            default -> "";
          };
      if (!alternated.isEmpty()) {
        out.add(stem.substring(0, stem.length() - 1) + alternated + "і");
      }
    } else if (w.endsWith("я")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"і", "ю", "ею", "ям", "ями", "ях", "ь"};
    } else if (w.endsWith("о") || w.endsWith("е")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"а", "у", "ом", "і", "ові", "", "ам", "ами", "ах"};
    } else if (w.endsWith("ь")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"і", "ю", "ей", "ям", "ями", "ях", "я", "ем"};
    } else if (w.endsWith("й")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"я", "ю", "єм", "ї", "їв", "ям", "ями", "ях"};
    } else {
      stem = w;
      endings = new String[] {"а", "у", "ові", "ом", "і", "и", "ів", "ам", "ами", "ах", "е"};
    }
    for (String e : endings) {
      if (!(stem + e).isEmpty()) {
        out.add(stem + e);
      }
    }
  }

  /**
   * Romanian plural, case and the definite article written onto the word: atentat, atentatul,
   * atentatului, atentate, atentatele, atentatelor; bombă, bomba, bombe, bombele, bombei;
   * explozie, explozia, explozii, exploziile, exploziei; incendiu, incendiul, incendii. Plurals
   * with a changed stem (mort, morți; război, războaie) are listed in the file.
   */
  private static void romanian(String w, List<String> out) {
    String stem = w.substring(0, w.length() - 1);
    String[] endings;
    if (w.endsWith("ă")) {
      endings = new String[] {"a", "e", "ei", "ele", "elor", "i", "ile", "ilor"};
    } else if (w.endsWith("ie")) {
      endings = new String[] {"a", "i", "ile", "ilor", "ei"};
    } else if (w.endsWith("iu")) {
      endings = new String[] {"ul", "ului", "i", "ile", "ilor"};
    } else if (w.endsWith("e")) {
      endings = new String[] {"ea", "i", "ile", "ilor", "ei", "ele", "elor"};
    } else if (w.endsWith("u")) {
      stem = w;
      endings = new String[] {"l", "lui"};
    } else if (isVowel(w.charAt(w.length() - 1))) {
      return;
    } else {
      stem = w;
      endings =
          new String[] {
            "ul", "ului", "e", "ele", "elor", "uri", "urile", "urilor", "i", "ii", "ilor", "ă",
            "a"
          };
    }
    for (String e : endings) {
      out.add(stem + e);
    }
  }

  /**
   * Greek case endings on the unaccented word (the text is also looked up unaccented, {@link
   * #plainKey}): πόλεμος, πολέμου, πολέμων; βόμβα, βόμβας, βόμβες; έκρηξη, έκρηξης, εκρήξεις;
   * έγκλημα, εγκλήματος, εγκλήματα; νεκρός, νεκρή, νεκροί, νεκρά. Case folding has already
   * turned a final ς into σ.
   */
  private static void greek(String w, List<String> out) {
    String stem;
    String[] endings;
    if (w.endsWith("οσ")) {
      stem = w.substring(0, w.length() - 2);
      endings = new String[] {"ου", "ο", "ε", "οι", "ων", "ουσ", "η", "ησ", "α", "εσ"};
    } else if (w.endsWith("ασ") || w.endsWith("ησ")) {
      stem = w.substring(0, w.length() - 2);
      endings = new String[] {w.endsWith("ασ") ? "α" : "η", "εσ", "ων", "ηδεσ"};
    } else if (w.endsWith("μα")) {
      stem = w;
      endings = new String[] {"τοσ", "τα", "των"};
    } else if (w.endsWith("α")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"ασ", "εσ", "ων"};
    } else if (w.endsWith("η")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"ησ", "εσ", "εισ", "εων", "ων"};
    } else if (w.endsWith("ο")) {
      stem = w.substring(0, w.length() - 1);
      endings = new String[] {"ου", "α", "ων"};
    } else if (w.endsWith("ι")) {
      stem = w;
      endings = new String[] {"ου", "α", "ων"};
    } else {
      return;
    }
    for (String e : endings) {
      out.add(stem + e);
    }
  }

  /**
   * Hindi plural and oblique forms: धमाका, धमाके, धमाकों; हत्या, हत्याएं, हत्याओं; मौत, मौतें,
   * मौतों.
   */
  private static void hindi(String w, List<String> out) {
    char end = w.charAt(w.length() - 1);
    String stem = w.substring(0, w.length() - 1);
    if (end == '\u093E') { // -ā
      out.add(stem + "\u0947"); // -e
      out.add(stem + "\u094B\u0902"); // -oṃ
      out.add(w + "\u090F\u0902"); // -eṃ (feminine -ā)
      out.add(w + "\u0913\u0902"); // -oṃ (feminine -ā)
    } else if (end == '\u0940') { // -ī
      out.add(stem + "\u093F\u092F\u093E\u0901"); // -iyā̃
      out.add(stem + "\u093F\u092F\u093E\u0902");
      out.add(stem + "\u093F\u092F\u094B\u0902"); // -iyoṃ
    } else if (Character.getType(end) == Character.OTHER_LETTER) {
      out.add(w + "\u0947\u0902"); // -eṃ
      out.add(w + "\u094B\u0902"); // -oṃ
      out.add(w + "\u094B"); // -o (vocative plural)
    }
  }

  /** Romanised Hindi plural and oblique forms: dhamaka, dhamake, dhamakon; maut, mauton. */
  private static void hinglish(String w, List<String> out) {
    if (w.endsWith("a")) {
      String stem = w.substring(0, w.length() - 1);
      out.add(stem + "e");
      out.add(stem + "on");
      out.add(w + "on");
      out.add(w + "en");
    } else {
      out.add(w + "on");
      out.add(w + "en");
    }
  }

  /** Korean particles after a noun, chosen by whether its last syllable has a final consonant. */
  private static void korean(String w, List<String> out) {
    int last = w.codePointAt(w.length() - 1);
    if (last < 0xAC00 || last > 0xD7A3) {
      return;
    }
    int coda = (last - 0xAC00) % 28;
    boolean closed = coda != 0;
    boolean rieul = coda == 8;
    List<String> particles =
        new ArrayList<>(
            List.of(
                "의", "에", "에서", "에게", "도", "만", "까지", "부터", "처럼", "보다", "한테", "이라", "이다", "입니다",
                "이었다", "였다", "들", "들이", "들을", "들의", "들은", "들도", "라는", "이라는"));
    if (closed) {
      particles.addAll(List.of("이", "은", "을", "과", "이나", "이랑", "으로", "으로서", "아"));
    } else {
      particles.addAll(List.of("가", "는", "를", "와", "나", "랑", "로", "로서", "다", "야"));
    }
    if (rieul) {
      particles.add("로");
    }
    for (String p : particles) {
      out.add(w + p);
    }
  }

  /**
   * Arabic clitics on the first word (و and, ف so, ب with, ل for, ك as, ال the, and their
   * combinations) and the sound plurals and feminine ending on the last.
   */
  private static List<List<String>> arabic(List<String> words) {
    String first = words.get(0);
    List<List<String>> out = new ArrayList<>();
    if (first.length() < 3) {
      // Two-letter words take no clitics here: "ب" + a short word is too often another word.
      return out;
    }
    boolean definite = first.startsWith("ال");
    List<String> prefixes =
        definite
            ? List.of("و", "ف", "ب", "ك", "وب", "فب")
            : List.of(
                "ال", "و", "ف", "ب", "ل", "ك", "وال", "بال", "فال", "كال", "وب", "ول", "وبال");
    Set<String> firsts = new LinkedHashSet<>();
    for (String p : prefixes) {
      firsts.add(p + first);
    }
    if (definite) {
      firsts.add("لل" + first.substring(2));
      firsts.add("ولل" + first.substring(2));
    } else {
      firsts.add("لل" + first);
    }
    for (String f : firsts) {
      List<String> form = new ArrayList<>(words);
      form.set(0, f);
      out.add(form);
    }
    if (words.size() > 1 && !definite) {
      // An adjective agrees in definiteness: "سيارة مفخخة", "السيارة المفخخة", "بالسيارة المفخخة".
      List<String> def = new ArrayList<>();
      for (String w : words) {
        def.add(w.startsWith("ال") ? w : "ال" + w);
      }
      out.add(def);
      for (String p : List.of("و", "ب", "ف", "وب")) {
        List<String> form = new ArrayList<>(def);
        form.set(0, p + def.get(0));
        out.add(form);
      }
    }
    String last = words.get(words.size() - 1);
    List<String> lasts = new ArrayList<>();
    if (last.endsWith("ة")) {
      String stem = last.substring(0, last.length() - 1);
      lasts.add(stem + "ات");
      lasts.add(stem + "تين");
      lasts.add(stem + "تان");
    } else if (last.length() >= 3) {
      lasts.add(last + "ة");
      lasts.add(last + "ات");
      lasts.add(last + "ين");
      lasts.add(last + "ون");
    }
    for (String l : lasts) {
      List<String> form = new ArrayList<>(words);
      form.set(form.size() - 1, l);
      out.add(form);
      if (words.size() == 1) {
        for (String p : List.of("ال", "و", "وال", "بال", "لل")) {
          out.add(List.of(p + l));
        }
      }
    }
    return out;
  }

  /** Arabic as often typed: bare alef for hamza forms, ه for ة, ي for ى, no short vowels. */
  static String bareArabic(String s) {
    return HARAKAT
        .matcher(s)
        .replaceAll("")
        .replace('أ', 'ا')
        .replace('إ', 'ا')
        .replace('آ', 'ا')
        .replace('ة', 'ه')
        .replace('ى', 'ي');
  }

  static String stripAccents(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return s;
  }

  // Compiled once: forms are generated for tens of thousands of terms at start-up.
  private static final Pattern HARAKAT = Pattern.compile("[\u064B-\u065F\u0670]");
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
  private static final Pattern RU_ADJECTIVE = Pattern.compile(".*(ый|ий|ой)");
  private static final Pattern RU_AGREEING = Pattern.compile(".*(ый|ий|ой|ая|яя|ое|ее|ые|ие)");
  private static final Pattern RU_SOFT = Pattern.compile(".*(ий|яя|ее|ие)");
  private static final Pattern RU_VELAR = Pattern.compile(".*[кгхжшчщ]");
  private static final Pattern PL_VELAR = Pattern.compile(".*[kg]");
  private static final Pattern ES_STRESSED = Pattern.compile(".*[áéíóú][nsl]");

  /** Letters and the vowel signs of Indic scripts (combining marks, not letters, to Java). */
  private static boolean isLetterOrMark(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static char lastVowel(String w) {
    for (int i = w.length() - 1; i >= 0; i--) {
      char c = w.charAt(i);
      if ("aeıioöuü".indexOf(c) >= 0) {
        return c;
      }
    }
    return 'e';
  }

  /** "stab", "shot": one vowel between consonants doubles the last consonant before -ed/-ing. */
  private static boolean isShortCvc(String w) {
    int n = w.length();
    if (n < 3 || n > 4) {
      return false;
    }
    char a = w.charAt(n - 3);
    char b = w.charAt(n - 2);
    char c = w.charAt(n - 1);
    return !isVowel(a) && isVowel(b) && !isVowel(c) && "wxy".indexOf(c) < 0;
  }

  private static boolean isVowel(char c) {
    return "aeiouáéíóúàèìòùâêîôûäëïöü".indexOf(c) >= 0;
  }

  /**
   * ICU transliterators, built on first use (they take a few milliseconds); calls are serialised
   * because ICU does not promise that one transliterator may be shared between threads.
   */
  private static final class Scripts {
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");

    static String simplified(String s) {
      synchronized (TO_SIMPLIFIED) {
        return TO_SIMPLIFIED.transliterate(s);
      }
    }
  }

  /** The vowel signs of Bengali script (া ি ী ু ূ ৃ ে ৈ ো ৌ). */
  private static boolean isBengaliVowelSign(char c) {
    return c >= '\u09BE' && c <= '\u09CC' && c != '\u09C5' && c != '\u09C6' || c == '\u09D7';
  }

  /**
   * Bengali case and number endings: genitive -র/-এর, locative -য়/-এ/-তে, object -কে, plural
   * -রা/-দের/-গুলো, classifiers -টি/-টা (হামলা, হামলার, হামলায়; ভূমিকম্প, ভূমিকম্পের, ভূমিকম্পে).
   * A word ending in a vowel sign takes -র and -য়, one ending in a consonant -ের and -ে.
   */
  private static void bengali(String w, List<String> out) {
    char end = w.charAt(w.length() - 1);
    // য় as NFKC leaves it: YA and NUKTA.
    String ya = "\u09AF\u09BC";
    if (isBengaliVowelSign(end)) {
      out.add(w + "\u09B0"); // -র
      out.add(w + ya); // -য়
      out.add(w + "\u09B0\u09BE"); // -রা
    } else if (Character.getType(end) == Character.OTHER_LETTER) {
      out.add(w + "\u09C7\u09B0"); // -ের
      out.add(w + "\u09C7"); // -ে
      out.add(w + "\u09C7\u09B0\u09BE"); // -েরা
      out.add(w + "\u09B0\u09BE"); // -রা
    } else {
      return;
    }
    for (String e : List.of("\u0995\u09C7", "\u09A4\u09C7", "\u099F\u09BF", "\u099F\u09BE",
        "\u09A6\u09C7\u09B0", "\u0997\u09C1\u09B2\u09CB", "\u0997\u09C1\u09B2\u09BF")) {
      out.add(w + e); // -কে -তে -টি -টা -দের -গুলো -গুলি
    }
  }

  /** Hebrew prefixes written onto the next word: and, the, in, to, from, that, as, and combined. */
  private static final List<String> HE_PREFIXES =
      List.of("\u05D5", "\u05D4", "\u05D1", "\u05DC", "\u05DE", "\u05E9", "\u05DB",
          "\u05D5\u05D4", "\u05D5\u05D1", "\u05D5\u05DC", "\u05D5\u05DE", "\u05D5\u05E9",
          "\u05E9\u05D4", "\u05E9\u05D1", "\u05E9\u05DC", "\u05DE\u05D4", "\u05DB\u05E9",
          "\u05D5\u05DB\u05E9", "\u05DC\u05DB\u05E9", "\u05E9\u05DE");

  /**
   * Hebrew prefixes on the first word (ו ה ב ל מ ש כ and their combinations: פיגוע, הפיגוע,
   * בפיגוע, שבפיגוע), and the definite article on every word of a noun with its adjective
   * (הטרדה מינית, ההטרדה המינית). Words of fewer than three letters take none: a prefixed short
   * word is too often another word.
   */
  private static List<List<String>> hebrew(List<String> words) {
    String first = words.get(0);
    List<List<String>> out = new ArrayList<>();
    if (first.length() < 3 || !first.chars().allMatch(c -> c >= 0x05D0 && c <= 0x05EA)) {
      return out;
    }
    for (String p : HE_PREFIXES) {
      List<String> form = new ArrayList<>(words);
      form.set(0, p + first);
      out.add(form);
    }
    if (words.size() == 2 && !words.get(1).startsWith("\u05D4")) {
      List<String> def = List.of("\u05D4" + first, "\u05D4" + words.get(1));
      out.add(def);
      // ב ל כ swallow the article (בהטרדה המינית); ו ש מ keep it (וההטרדה המינית).
      for (String p : List.of("\u05D1", "\u05DC", "\u05DB", "\u05D5\u05D1", "\u05D5\u05DC")) {
        out.add(List.of(p + first, "\u05D4" + words.get(1)));
      }
      for (String p : List.of("\u05D5", "\u05E9", "\u05DE")) {
        out.add(List.of(p + "\u05D4" + first, "\u05D4" + words.get(1)));
      }
    }
    return out;
  }
}
