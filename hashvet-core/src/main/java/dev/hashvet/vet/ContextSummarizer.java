package dev.hashvet.vet;

import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.SourceReport;
import dev.hashvet.rules.ContextPost;
import dev.hashvet.text.Tone;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Summarises a sample for the report: the words that stand out against everyday English, the tags
 * used alongside, the mix of tones, and one sentence on the mood: "mostly grieving or angry" when at
 * least half the posts (by weight) are grief, anger or fear; "driven by a few accounts" when the
 * three most-followed authors have at least 80% of the sample's followers and the sample has at
 * least five authors.
 */
public final class ContextSummarizer {
  private static final int TOP = 10;

  /** The cost of a word everyday English never uses (a name, a new coinage). */
  public static final double RARE = 20;

  /** Words cheaper than this (the few hundred commonest) never count as distinctive. */
  static final double EVERYDAY = 9;

  private final ToDoubleFunction<String> everydayCost;

  /**
   * @param everydayCost how rare a word is in everyday English (negative log probability; higher is
   *     rarer), so that the summary's top terms are the sample's distinctive words
   */
  public ContextSummarizer(ToDoubleFunction<String> everydayCost) {
    this.everydayCost = everydayCost;
  }

  public ContextSummary summarize(
      boolean required,
      String mode,
      List<SourceReport> sources,
      List<ContextPost> posts,
      Set<String> queryWords,
      LiveSignals signals) {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> tagCounts = new HashMap<>();
    Map<Tone, Double> tones = new EnumMap<>(Tone.class);
    double total = 0;
    double distress = 0;
    for (ContextPost p : posts) {
      Set<String> seen = new HashSet<>();
      for (String w : p.words()) {
        if (w.length() > 2 && !queryWords.contains(w) && w.codePoints().anyMatch(Character::isLetter)
            && seen.add(w)) {
          df.merge(w, 1, Integer::sum);
        }
      }
      for (String t : new HashSet<>(p.tags())) {
        if (!queryWords.contains(t)) {
          tagCounts.merge(t, 1, Integer::sum);
        }
      }
      tones.merge(p.tone(), p.weight(), Double::sum);
      total += p.weight();
      if (p.tone().isDistress()) {
        distress += p.weight();
      }
    }
    int minDf = posts.size() >= 10 ? 2 : 1;
    List<String> topTerms = df.entrySet().stream()
        .filter(e -> e.getValue() >= minDf && everydayCost.applyAsDouble(e.getKey()) >= EVERYDAY)
        .sorted((a, b) -> {
          int c = Double.compare(score(b.getKey(), b.getValue()), score(a.getKey(), a.getValue()));
          return c != 0 ? c : a.getKey().compareTo(b.getKey());
        })
        .limit(TOP)
        .map(Map.Entry::getKey)
        .toList();
    List<String> topTags = tagCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .map(Map.Entry::getKey)
        .toList();
    Map<String, Double> toneShare = new LinkedHashMap<>();
    for (var e : tones.entrySet()) {
      toneShare.put(e.getKey().id(), total == 0 ? 0 : Math.round(e.getValue() / total * 100) / 100.0);
    }
    String mood = mood(posts, total, distress);
    return new ContextSummary(required, mode, sources, posts.size(), topTerms, topTags, toneShare,
        mood, signals);
  }

  private double score(String word, int df) {
    return df * Math.min(everydayCost.applyAsDouble(word), RARE);
  }

  private static String mood(List<ContextPost> posts, double total, double distress) {
    StringBuilder sb = new StringBuilder();
    if (!posts.isEmpty() && Tone.mostlyDistress(distress, total)) {
      sb.append("The conversation is mostly grieving, angry or afraid.");
    }
    Map<String, Long> followers = new HashMap<>();
    for (ContextPost p : posts) {
      if (!p.author().isEmpty() && p.followers() >= 0) {
        followers.merge(p.author(), p.followers(), Math::max);
      }
    }
    long sum = followers.values().stream().mapToLong(Long::longValue).sum();
    long top3 = followers.values().stream().sorted((a, b) -> Long.compare(b, a)).limit(3)
        .mapToLong(Long::longValue).sum();
    if (followers.size() >= 5 && sum > 0 && top3 >= 0.8 * sum) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append("A few high-reach accounts drive it (")
          .append(Math.round(100.0 * top3 / sum))
          .append("% of the reach is three accounts).");
    }
    return sb.toString();
  }
}
