import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Romanises a Devanagari Hindi word-frequency list ({@code word count} a line, on standard input)
 * the way Hindi is commonly typed in Latin letters (Hinglish): no diacritics, the inherent vowel
 * dropped at the end of a word and in the middle where speech drops it (Ohala's rule, VC_CV), long
 * vowels written both short ("bharat") and long ("bhaarat", "jeet"), each form with the count of
 * its word. Prints {@code form count} lines, counts multiplied by SCALE and summed per form,
 * sorted by form; forms of fewer than MIN_LENGTH letters and forms in the files given as
 * arguments (one word first on a line) are left out.
 *
 * <p>Usage: {@code java Romanise.java SCALE MIN_LENGTH [EXCLUDE_FILE...] < list > out}. Run by
 * scripts/fetch-hindi-latn.sh.
 */
public final class Romanise {
  private static final Map<Character, String> CONSONANTS = Map.ofEntries(
      Map.entry('क', "k"), Map.entry('ख', "kh"), Map.entry('ग', "g"), Map.entry('घ', "gh"),
      Map.entry('ङ', "n"), Map.entry('च', "ch"), Map.entry('छ', "chh"), Map.entry('ज', "j"),
      Map.entry('झ', "jh"), Map.entry('ञ', "n"), Map.entry('ट', "t"), Map.entry('ठ', "th"),
      Map.entry('ड', "d"), Map.entry('ढ', "dh"), Map.entry('ण', "n"), Map.entry('त', "t"),
      Map.entry('थ', "th"), Map.entry('द', "d"), Map.entry('ध', "dh"), Map.entry('न', "n"),
      Map.entry('प', "p"), Map.entry('फ', "ph"), Map.entry('ब', "b"), Map.entry('भ', "bh"),
      Map.entry('म', "m"), Map.entry('य', "y"), Map.entry('र', "r"), Map.entry('ल', "l"),
      Map.entry('व', "v"), Map.entry('श', "sh"), Map.entry('ष', "sh"), Map.entry('स', "s"),
      Map.entry('ह', "h"), Map.entry('ळ', "l"));

  /** Consonants written with a nukta (NFC keeps them as letter + nukta). */
  private static final Map<Character, String> WITH_NUKTA = Map.of(
      'क', "q", 'ख', "kh", 'ग', "g", 'ज', "z", 'ड', "r", 'ढ', "rh", 'फ', "f", 'य', "y");

  /** Independent vowels and vowel signs: {short form, long form}. */
  private static final Map<Character, String[]> VOWELS = Map.ofEntries(
      Map.entry('अ', new String[] {"a", "a"}), Map.entry('आ', new String[] {"a", "aa"}),
      Map.entry('इ', new String[] {"i", "i"}), Map.entry('ई', new String[] {"i", "ee"}),
      Map.entry('उ', new String[] {"u", "u"}), Map.entry('ऊ', new String[] {"u", "oo"}),
      Map.entry('ऋ', new String[] {"ri", "ri"}), Map.entry('ए', new String[] {"e", "e"}),
      Map.entry('ऐ', new String[] {"ai", "ai"}), Map.entry('ओ', new String[] {"o", "o"}),
      Map.entry('औ', new String[] {"au", "au"}), Map.entry('ऑ', new String[] {"o", "o"}),
      Map.entry('ा', new String[] {"a", "aa"}), Map.entry('ि', new String[] {"i", "i"}),
      Map.entry('ी', new String[] {"i", "ee"}), Map.entry('ु', new String[] {"u", "u"}),
      Map.entry('ू', new String[] {"u", "oo"}), Map.entry('ृ', new String[] {"ri", "ri"}),
      Map.entry('े', new String[] {"e", "e"}), Map.entry('ै', new String[] {"ai", "ai"}),
      Map.entry('ो', new String[] {"o", "o"}), Map.entry('ौ', new String[] {"au", "au"}),
      Map.entry('ॅ', new String[] {"e", "e"}), Map.entry('ॉ', new String[] {"o", "o"}));

  private static final char VIRAMA = '्';
  private static final char NUKTA = '़';

  /** One sound of the word: a consonant (with or without the inherent vowel) or a vowel. */
  private record Unit(String latin, String longLatin, boolean consonant, boolean schwa) {}

  private Romanise() {}

  public static void main(String[] args) throws IOException {
    double scale = Double.parseDouble(args[0]);
    int minLength = Integer.parseInt(args[1]);
    Set<String> exclude = new HashSet<>();
    for (int i = 2; i < args.length; i++) {
      for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
        String[] cols = line.strip().split("\\s+");
        if (!cols[0].isEmpty()) {
          exclude.add(cols[0].replace("\uFEFF", "").toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, Double> counts = new TreeMap<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] cols = line.strip().split("\\s+");
      if (cols.length != 2) {
        continue;
      }
      List<Unit> units = units(cols[0]);
      if (units == null || units.isEmpty()) {
        continue;
      }
      long count = Long.parseLong(cols[1]);
      Set<String> forms = new HashSet<>(List.of(spell(units, false), spell(units, true)));
      for (String form : forms) {
        if (form.length() >= minLength && !exclude.contains(form)) {
          counts.merge(form, count * scale, Double::sum);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    counts.forEach((form, count) -> {
      long rounded = Math.round(count);
      if (rounded > 0) {
        out.append(form).append(' ').append(rounded).append('\n');
      }
    });
    System.out.print(out);
  }

  /** The sounds of {@code word}, or null when it has a char that is not Devanagari letters. */
  private static List<Unit> units(String word) {
    List<Unit> units = new ArrayList<>();
    String w = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      String consonant = CONSONANTS.get(c);
      if (consonant != null && i + 1 < w.length() && w.charAt(i + 1) == NUKTA) {
        consonant = WITH_NUKTA.getOrDefault(c, consonant);
        i++;
      }
      String[] vowel = VOWELS.get(c);
      if (consonant != null) {
        units.add(new Unit(consonant, consonant, true, true));
      } else if (vowel != null) {
        boolean sign = c >= 'ा' && c <= 'ौ';
        if (sign) {
          if (units.isEmpty() || !units.get(units.size() - 1).schwa()) {
            return null;
          }
          Unit last = units.remove(units.size() - 1);
          units.add(new Unit(last.latin(), last.longLatin(), true, false));
        }
        units.add(new Unit(vowel[0], vowel[1], false, false));
      } else if (c == VIRAMA) {
        if (units.isEmpty() || !units.get(units.size() - 1).schwa()) {
          return null;
        }
        Unit last = units.remove(units.size() - 1);
        units.add(new Unit(last.latin(), last.longLatin(), true, false));
      } else if (c == 'ं' || c == 'ँ') {
        Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
        if (last != null && last.schwa()) {
          units.remove(units.size() - 1);
          units.add(new Unit(last.latin(), last.longLatin(), true, false));
          units.add(new Unit("a", "a", false, false));
        }
        units.add(new Unit("n", "n", true, false));
      } else if (c == 'ः') {
        units.add(new Unit("h", "h", true, false));
      } else {
        return null;
      }
    }
    dropSchwas(units);
    return units;
  }

  /**
   * Drops the inherent vowel at the end of a word of more than one sound unless a cluster ends it,
   * and, from right to
   * left, between a vowel and consonant before it and a consonant and vowel after it.
   */
  private static void dropSchwas(List<Unit> units) {
    int n = units.size();
    // Not after a cluster: "rashtra", "mitra", "lakshya" keep their final vowel.
    if (n > 1 && units.get(n - 1).schwa() && endsInVowel(units.get(n - 2))) {
      unschwa(units, n - 1);
    }
    for (int i = n - 2; i >= 1; i--) {
      if (units.get(i).schwa() && endsInVowel(units.get(i - 1)) && units.get(i + 1).consonant()
          && (units.get(i + 1).schwa() || i + 2 < n && !units.get(i + 2).consonant())) {
        unschwa(units, i);
      }
    }
  }

  private static boolean endsInVowel(Unit u) {
    return !u.consonant() || u.schwa();
  }

  private static void unschwa(List<Unit> units, int i) {
    Unit u = units.get(i);
    units.set(i, new Unit(u.latin(), u.longLatin(), true, false));
  }

  private static String spell(List<Unit> units, boolean longVowels) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      String latin = longVowels ? u.longLatin() : u.latin();
      if (latin.equals("n") && u.consonant() && !u.schwa() && i + 1 < units.size()) {
        String next = units.get(i + 1).latin();
        if (next.startsWith("p") || next.startsWith("b") || next.startsWith("m")) {
          latin = "m";
        }
      }
      b.append(latin);
      if (u.schwa()) {
        b.append('a');
      }
    }
    return b.toString();
  }
}
