package dev.hashvet.text;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the languages of a post, offline and in microseconds, for choosing which term lists
 * apply. Two steps:
 *
 * <ol>
 *   <li><b>Script.</b> Letters are counted by ICU script. A script that belongs to one language of
 *       interest decides it: Hangul is Korean, kana is Japanese, Han without kana is Chinese,
 *       Arabic script is Arabic (Urdu too when Urdu letters appear), Devanagari is Hindi, Cyrillic
 *       is Russian (Ukrainian too when Ukrainian letters appear), and so on.
 *   <li><b>Latin-script words.</b> Each word found in a language's list of common words scores for
 *       that language (a word shared by several lists is split between them), and letters peculiar
 *       to a language (ñ, ß, ğ, ł, ã...) add to it. Romanised Hindi has its own list and is
 *       reported as {@code hi}.
 * </ol>
 *
 * <p>Posts are short and mix languages, so the answer is a set, not one guess: the best Latin
 * language, any other scoring at least {@link #RUNNER_UP} of it, and English whenever the text is
 * Latin-script and either shows English words (a word's worth of English-only evidence, not one
 * "no" shared with Spanish) or is too short or too weak to judge (tags and slogans are English more
 * often than not). A Latin-script text with no evidence at all gives an empty set, which the rules
 * read as "any language".
 */
public final class LanguageDetector {
  /** A second Latin language is kept when it scores at least this share of the best. */
  public static final double RUNNER_UP = 0.6;

  /** Below this many words a Latin text always includes English. */
  public static final int SHORT_TEXT_WORDS = 5;

  /**
   * A non-Latin script counts when it has at least this share of the letters or at least {@link
   * #MIN_SCRIPT_LETTERS} letters (one Han word in an English post still brings the Chinese lists; a
   * single look-alike Cyrillic letter in a Latin tag does not bring Russian).
   */
  static final double SCRIPT_SHARE = 0.15;

  static final int MIN_SCRIPT_LETTERS = 2;

  private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
  private static final Pattern MENTION = Pattern.compile("@[\\w.]+");

  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();

  /**
   * What was detected.
   *
   * @param languages the languages whose term lists apply, most likely first (ISO 639-1); empty
   *     when the text gives no evidence (any language)
   * @param best the single most likely language, or "" when there is no evidence
   */
  public record Detection(List<String> languages, String best) {
    public Detection {
      languages = List.copyOf(languages);
    }
  }

  /** The languages of {@code text}. */
  public Detection detect(String text) {
    String folded = normalizer.fold(withoutLinksAndMentions(text));
    Map<Integer, Integer> scripts = new HashMap<>();
    int count = 0;
    int latin = 0;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (isAsciiLetter(cp)) {
          count++;
          latin++;
        }
      } else if (Character.isLetter(cp)) {
        count++;
        int script = UScript.getScript(cp);
        if (script == UScript.LATIN) {
          latin++;
        } else {
          scripts.merge(script, 1, Integer::sum);
        }
      }
    }
    final int letters = count;
    if (letters == 0) {
      return new Detection(List.of(), "");
    }
    // Scripts by letter count, largest first; Han and kana count together as Japanese when kana
    // is present.
    int kana =
        scripts.getOrDefault(UScript.HIRAGANA, 0) + scripts.getOrDefault(UScript.KATAKANA, 0);
    Map<String, Integer> byLang = new LinkedHashMap<>();
    for (Map.Entry<Integer, Integer> e : scripts.entrySet()) {
      int script = e.getKey();
      String lang = scriptLanguage(script, kana > 0);
      if (!lang.isEmpty()) {
        byLang.merge(lang, e.getValue(), Integer::sum);
      }
    }
    List<String> out = new ArrayList<>();
    byLang.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_SCRIPT_LETTERS || e.getValue() >= SCRIPT_SHARE * letters)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.add(e.getKey()));
    addVariants(folded, out);

    String bestScript = out.isEmpty() ? "" : out.get(0);
    // A variant added by addVariants (uk, ur) has no letters of its own: it takes its script's.
    int bestScriptLetters = out.stream().mapToInt(l -> byLang.getOrDefault(l, 0)).max().orElse(0);
    if (latin == 0 || latin < MIN_SCRIPT_LETTERS && !out.isEmpty()) {
      return new Detection(out, bestScript);
    }
    List<String> latinLangs = latinLanguages(folded);
    boolean latinFirst = latin >= bestScriptLetters;
    List<String> merged = new ArrayList<>();
    if (latinFirst) {
      merged.addAll(latinLangs);
      out.stream().filter(l -> !merged.contains(l)).forEach(merged::add);
    } else {
      merged.addAll(out);
      latinLangs.stream().filter(l -> !merged.contains(l)).forEach(merged::add);
    }
    if (latinLangs.isEmpty() && out.isEmpty()) {
      return new Detection(List.of(), "");
    }
    String best = latinFirst ? (latinLangs.isEmpty() ? bestScript : latinLangs.get(0)) : bestScript;
    return new Detection(merged, best);
  }

  /** {@code text} without links and @mentions, which say nothing of its language. */
  private static String withoutLinksAndMentions(String text) {
    if (text.indexOf('@') < 0 && !text.contains("http") && !text.contains("www.")) {
      return text; // neither pattern can match
    }
    return MENTION.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
  }

  private static boolean isAsciiLetter(int cp) {
    return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
  }

  private static boolean hasLatinLetter(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80 ? isAsciiLetter(cp) : UScript.getScript(cp) == UScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  private List<String> latinLanguages(String folded) {
    List<Token> tokens = tokenizer.words(folded);
    Map<String, Double> scores = scores(folded, tokens);
    int words = 0;
    for (Token t : tokens) {
      if (hasLatinLetter(t.word())) {
        words++;
      }
    }
    List<Map.Entry<String, Double>> ranked =
        scores.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(
                Map.Entry.<String, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList();
    Set<String> out = new LinkedHashSet<>();
    if (!ranked.isEmpty()) {
      double top = ranked.get(0).getValue();
      for (Map.Entry<String, Double> e : ranked) {
        if (e.getValue() >= RUNNER_UP * top) {
          out.add(e.getKey());
        }
      }
      boolean weak = top < 2;
      if (scores.getOrDefault("en", 0.0) >= 1 || words < SHORT_TEXT_WORDS || weak) {
        out.add("en");
      }
    }
    return new ArrayList<>(out);
  }

  private Map<String, Double> scores(String folded, List<Token> tokens) {
    Map<String, Set<String>> words = Profiles.WORDS;
    Map<String, Double> scores = new LinkedHashMap<>();
    for (String lang : Profiles.LANGS) {
      scores.put(lang, 0.0);
    }
    for (Token t : tokens) {
      Set<String> langs = words.get(t.word());
      if (langs != null) {
        double share = 1.0 / langs.size();
        for (String l : langs) {
          scores.merge(l, share, Double::sum);
        }
      }
    }
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        continue; // every mark is a letter beyond ASCII
      }
      for (Map.Entry<String, String> e : MARKS.entrySet()) {
        if (e.getValue().indexOf(cp) >= 0) {
          scores.merge(e.getKey(), MARK_WEIGHT, Double::sum);
        }
      }
    }
    return scores;
  }

  /** Letters that point to one language (each occurrence adds {@link #MARK_WEIGHT}). */
  private static final Map<String, String> MARKS =
      Map.ofEntries(
          Map.entry("es", "ñ¿¡"),
          Map.entry("pt", "ãõ"),
          Map.entry("de", "ß"),
          Map.entry("tr", "ğşı"),
          Map.entry("pl", "łąęśćżźń"),
          Map.entry("fr", "œèêëîôûù"),
          Map.entry("it", "ìò"),
          Map.entry("nl", "ĳ"),
          Map.entry("ro", "ășțţâî"),
          // Vietnamese: ơ ư đ and the vowels with a tone mark (Latin Extended Additional).
          Map.entry("vi", "ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"));

  private static final double MARK_WEIGHT = 0.5;

  /** Adds the languages that share a script with a bigger one, when their own letters appear. */
  private static void addVariants(String folded, List<String> out) {
    if (out.contains("ar") && folded.codePoints().anyMatch(cp -> "ٹڈڑںےۓ".indexOf(cp) >= 0)) {
      out.add(out.indexOf("ar"), "ur");
    }
    if (out.contains("ru")
        && (folded.codePoints().anyMatch(cp -> "іїєґ".indexOf(cp) >= 0) || hasUkrainianWord(folded))) {
      out.add(out.indexOf("ru"), "uk");
    }
  }

  /**
   * Ukrainian words that Russian spells otherwise (що, not что; з, not с; вони, not они), for the
   * Ukrainian posts that happen to hold none of і ї є ґ.
   */
  private static final Set<String> UKRAINIAN_WORDS =
      Set.of(
          "з", "зі", "що", "ще", "як", "це", "цей", "ця", "ці", "й", "або", "чи", "дуже",
          "щоб", "вже", "хто", "вони", "вона", "ми", "але", "коли", "можна", "буде", "нову",
          "гарний", "гарна", "гарно", "раджу", "дякую", "ласка", "родиною", "зараз", "тепер");

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}']+");

  private static boolean hasUkrainianWord(String folded) {
    for (String w : NON_LETTERS.split(folded)) {
      if (UKRAINIAN_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The language a script stands for here, or "" for scripts shared by many (Latin, Common). */
  static String scriptLanguage(int script, boolean kana) {
    return switch (script) {
      case UScript.HANGUL -> "ko";
      case UScript.HIRAGANA, UScript.KATAKANA -> "ja";
      case UScript.HAN -> kana ? "ja" : "zh";
      case UScript.ARABIC -> "ar";
      case UScript.DEVANAGARI -> "hi";
      case UScript.CYRILLIC -> "ru";
      case UScript.HEBREW -> "he";
      case UScript.THAI -> "th";
      case UScript.GREEK -> "el";
      case UScript.BENGALI -> "bn";
      case UScript.TAMIL -> "ta";
      case UScript.TELUGU -> "te";
      case UScript.GURMUKHI -> "pa";
      case UScript.GUJARATI -> "gu";
      case UScript.KANNADA -> "kn";
      case UScript.MALAYALAM -> "ml";
      case UScript.GEORGIAN -> "ka";
      case UScript.ARMENIAN -> "hy";
      case UScript.ETHIOPIC -> "am";
      case UScript.KHMER -> "km";
      case UScript.LAO -> "lo";
      case UScript.MYANMAR -> "my";
      case UScript.SINHALA -> "si";
      default -> "";
    };
  }

  /**
   * Whether {@code folded} is one of the common words of {@code lang} (text/lang/profiles.txt:
   * articles, pronouns, prepositions, everyday verbs); false for a language without a list.
   */
  public static boolean isCommonWord(String folded, String lang) {
    return Profiles.WORDS.getOrDefault(folded, Set.of()).contains(lang);
  }

  /** The common-word lists, loaded on first use. */
  private static final class Profiles {
    static final List<String> LANGS;
    static final Map<String, Set<String>> WORDS;

    static {
      Map<String, Set<String>> words = new HashMap<>();
      List<String> langs = new ArrayList<>();
      String lang = null;
      for (String line : read().lines().toList()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[") && l.endsWith("]")) {
          lang = l.substring(1, l.length() - 1);
          langs.add(lang);
          continue;
        }
        if (lang == null) {
          throw new IllegalStateException("profiles.txt: words before the first [lang]");
        }
        for (String w : l.split("\\s+")) {
          words.computeIfAbsent(new TextNormalizer().fold(w), k -> new LinkedHashSet<>()).add(lang);
        }
      }
      Map<String, Set<String>> frozen = new HashMap<>();
      words.forEach((w, s) -> frozen.put(w, Set.copyOf(s)));
      langs.sort(Comparator.naturalOrder());
      LANGS = List.copyOf(langs);
      WORDS = Map.copyOf(frozen);
    }

    private static String read() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream("/text/lang/profiles.txt")) {
        if (in == null) {
          throw new IllegalStateException("missing bundled resource /text/lang/profiles.txt");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
