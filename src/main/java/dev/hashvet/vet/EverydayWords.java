package dev.hashvet.vet;

import java.util.Set;

/**
 * How ordinary a word is in everyday English, for picking a sample's distinctive words. Function
 * words cost nothing; other words cost by length until the word-frequency model is wired in.
 */
final class EverydayWords {
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was",
      "one", "our", "out", "day", "get", "has", "him", "his", "how", "man", "new", "now", "old",
      "see", "two", "way", "who", "boy", "did", "its", "let", "put", "say", "she", "too", "use",
      "that", "with", "have", "this", "will", "your", "from", "they", "know", "want", "been",
      "good", "much", "some", "time", "very", "when", "come", "here", "just", "like", "long",
      "make", "many", "more", "only", "over", "such", "take", "than", "them", "well", "were",
      "what", "about", "after", "again", "could", "every", "first", "going", "great", "other",
      "their", "there", "these", "thing", "think", "those", "where", "which", "while", "would",
      "being", "doing", "still", "today", "really", "people", "should", "because", "it's",
      "i'm", "don't", "can't", "that's", "didn't", "there's", "we're", "they're", "you're");

  private EverydayWords() {}

  static double cost(String word) {
    return FUNCTION_WORDS.contains(word) ? 0 : 8 + Math.min(word.length(), 12) / 2.0;
  }
}
