package dev.hashvet.text;

import java.util.List;

/**
 * One way people may read a run-together tag.
 *
 * @param text the reading, words separated by single spaces ("su's anal bum party")
 * @param words the words of the reading, lower-case
 * @param cost how much less likely than the best reading it is (0 for the best; higher is less
 *     plausible), in the segmenter's units (negative log-probability, base e)
 * @param risky the words of this reading that are in a risk lexicon (empty when none)
 */
public record Reading(String text, List<String> words, double cost, List<String> risky) {
  public Reading {
    words = List.copyOf(words);
    risky = List.copyOf(risky);
  }

  public boolean isRisky() {
    return !risky.isEmpty();
  }
}
