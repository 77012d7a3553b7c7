package dev.hashvet.rules.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The share of the sampled conversation around the tags that uses a rule's risk terms.
 *
 * @param share the share, weighted by reach (two decimals)
 * @param posts the posts that use the terms
 * @param sampled the posts sampled
 * @param terms the terms used most, most used first
 * @param tones how many of those posts have each tone
 * @param authors the accounts that wrote them
 * @param adjusted how the severity was raised or lowered, in words (empty: not adjusted)
 * @param examples the posts with the most reach
 */
public record ContextShare(double share, int posts, int sampled, List<String> terms,
    Map<String, Integer> tones, int authors, List<String> adjusted, List<Example> examples)
    implements Evidence {
  public ContextShare {
    terms = List.copyOf(terms);
    tones = Collections.unmodifiableMap(new LinkedHashMap<>(tones));
    adjusted = List.copyOf(adjusted);
    examples = List.copyOf(examples);
  }

  @Override
  public void write(Fields out) {
    out.decimal("share", share);
    out.number("posts", posts);
    out.number("sampled", sampled);
    out.strings("terms", terms);
    out.object("tones", o -> tones.forEach(o::number));
    out.number("authors", authors);
    if (!adjusted.isEmpty()) {
      out.strings("adjusted", adjusted);
    }
    out.objects("examples", examples);
  }

  /**
   * One sampled post that uses the terms.
   *
   * @param text its text, shortened
   * @param source the source it came from
   * @param url its address ("" when unknown)
   * @param author its author ("" when unknown)
   * @param followers the author's followers (-1 when unknown)
   * @param tone its tone's id
   * @param copies how many near-identical posts it stands for
   */
  public record Example(String text, String source, String url, String author, long followers,
      String tone, int copies) implements Fields.Written {
    @Override
    public void write(Fields out) {
      out.string("text", text);
      out.string("source", source);
      if (!url.isEmpty()) {
        out.string("url", url);
      }
      if (!author.isEmpty()) {
        out.string("author", author);
      }
      if (followers >= 0) {
        out.number("followers", followers);
      }
      out.string("tone", tone);
      if (copies > 1) {
        out.number("copies", copies);
      }
    }
  }
}
