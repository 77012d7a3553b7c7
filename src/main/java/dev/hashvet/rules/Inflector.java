package dev.hashvet.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Regular inflected forms of a term's last word, so that a list entry "verdict" also matches
 * "verdicts" and "bomb" matches "bombing". Only languages with simple suffix rules are inflected
 * here; irregular forms, and other languages' forms, are listed in the term file ({@code forms}).
 */
final class Inflector {
  private Inflector() {}

  /** Extra forms of {@code words} (the term itself not included). */
  static List<List<String>> forms(List<String> words, String lang) {
    String last = words.get(words.size() - 1);
    List<String> suffixed = new ArrayList<>();
    if (last.length() < 3 || !last.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    switch (lang) {
      case "en" -> english(last, suffixed);
      case "es", "pt", "it" -> romance(last, suffixed);
      case "fr" -> french(last, suffixed);
      case "de", "nl" -> germanic(last, suffixed);
      default -> {
        return List.of();
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (String s : suffixed) {
      List<String> f = new ArrayList<>(words.subList(0, words.size() - 1));
      f.add(s);
      out.add(f);
    }
    return out;
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
    } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
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

  private static void romance(String w, List<String> out) {
    char end = w.charAt(w.length() - 1);
    if (isVowel(end)) {
      out.add(w + "s");
    } else {
      out.add(w + "es");
    }
  }

  private static void french(String w, List<String> out) {
    out.add(w + "s");
    out.add(w + "e");
    out.add(w + "es");
  }

  private static void germanic(String w, List<String> out) {
    out.add(w + "e");
    out.add(w + "en");
    out.add(w + "n");
    out.add(w + "s");
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
}
