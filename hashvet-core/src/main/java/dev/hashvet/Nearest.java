package dev.hashvet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Did-you-mean for names a person typed: subcommands, options and rule ids. A name the typed text
 * starts (or one of its dot- or dash-separated parts starts) comes first; then the names closest by
 * edit distance, measured over the whole name and over its words, so {@code context.legal} finds
 * {@code context.legal-proceedings} (both its words are there) before {@code context.war}.
 */
public final class Nearest {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Nearest() {}

  /** Up to {@code limit} names of {@code candidates} near {@code typed}, best first. */
  public static List<String> of(String typed, Iterable<String> candidates, int limit) {
    String q = typed.toLowerCase(Locale.ROOT).strip();
    if (q.isEmpty()) {
      return List.of();
    }
    List<String> prefixed = new ArrayList<>();
    List<Scored> near = new ArrayList<>();
    int allowed = Math.max(2, q.length() / 4);
    for (String c : candidates) {
      String name = c.toLowerCase(Locale.ROOT);
      if (name.equals(q)) {
        continue;
      }
      if (startsAWord(name, q)) {
        prefixed.add(c);
        continue;
      }
      int score = Math.min(DISTANCE.apply(q, name), wordDistance(q, name));
      if (score <= allowed) {
        near.add(new Scored(c, score));
      }
    }
    prefixed.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    near.sort(Comparator.comparingInt(Scored::score)
        .thenComparingInt((Scored s) -> s.name().length())
        .thenComparing(Scored::name));
    List<String> out = new ArrayList<>(prefixed);
    near.forEach(s -> out.add(s.name()));
    return out.subList(0, Math.min(limit, out.size()));
  }

  /** True when {@code q} starts the name or one of its parts after a '.', '-' or '_'. */
  private static boolean startsAWord(String name, String q) {
    if (name.startsWith(q)) {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if ((ch == '.' || ch == '-' || ch == '_') && name.startsWith(q, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far the typed words are from the name's words: each typed word costs its distance to the
   * nearest word of the name (order and the name's extra words are free).
   */
  private static int wordDistance(String q, String name) {
    String[] typedWords = words(q);
    String[] nameWords = words(name);
    int total = 0;
    for (String t : typedWords) {
      int best = Integer.MAX_VALUE;
      for (String n : nameWords) {
        best = Math.min(best, DISTANCE.apply(t, n));
      }
      total += best;
    }
    return total;
  }

  private static String[] words(String s) {
    return s.replaceFirst("^-+", "").split("[.\\-_]+");
  }

  private record Scored(String name, int score) {}
}
