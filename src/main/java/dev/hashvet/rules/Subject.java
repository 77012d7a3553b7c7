package dev.hashvet.rules;

import dev.hashvet.text.EvasionSignal;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.Token;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything the rules look at for one submission.
 *
 * @param text the post as written (or "#tag" for a lone tag)
 * @param folded the normalised text (NFKC, case folded)
 * @param words the words of {@code folded}
 * @param tags the readings of each tag in the post
 * @param evasion invisible or look-alike characters found in the text and tags
 * @param at when the post goes out, in the zone the user gave
 * @param regions target markets (ISO 3166-1 alpha-2, upper case); empty means global
 * @param languages audience languages (ISO 639-1); empty means any
 * @param context sampled posts and live signals, or {@link Context#NONE}
 */
public record Subject(
    String text,
    String folded,
    List<Token> words,
    List<TagReadings> tags,
    List<EvasionSignal> evasion,
    ZonedDateTime at,
    List<String> regions,
    List<String> languages,
    Context context) {
  public Subject {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    evasion = List.copyOf(evasion);
    regions = List.copyOf(regions);
    languages = List.copyOf(languages);
  }

  public boolean isGlobal() {
    return regions.isEmpty();
  }
}
