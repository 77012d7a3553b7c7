package dev.hashvet.rules;

import dev.hashvet.text.Tone;
import java.util.List;

/**
 * One sampled post as the rules see it: already cleaned, folded, tokenised and scored.
 *
 * @param source the source id ("mastodon", "sample", ...)
 * @param id the post's id at its source, or ""
 * @param url a link to the post, or ""
 * @param author the author's handle, or ""
 * @param followers the author's follower count, or -1 when unknown
 * @param text the post's plain text, control and escape sequences removed
 * @param words the folded words of the text and of its tags' best readings
 * @param tags the post's tags, folded, without '#'
 * @param tone the post's tone
 * @param weight engagement weight with damping (1 for a post nobody reacted to; grows with the
 *     logarithm of reactions, so one viral post cannot dominate)
 * @param duplicates how many near-identical posts (reposts, copies) this one stands for, itself
 *     included
 * @param languages the post's languages (from its source and detected), most likely first; empty
 *     means any: the term lists of these languages are applied to it
 */
public record ContextPost(
    String source,
    String id,
    String url,
    String author,
    long followers,
    String text,
    List<String> words,
    List<String> tags,
    Tone tone,
    double weight,
    int duplicates,
    List<String> languages) {
  public ContextPost {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    languages = List.copyOf(languages);
  }
}
