package dev.hashvet.rules.evidence;

import java.util.Optional;

/**
 * Words in the reading of a hashtag: {@code "in": "tag"}.
 *
 * @param tag the tag without '#'
 * @param reading its most likely reading
 * @param span the words of the reading that matched
 * @param term the list term it matched (empty for a pattern)
 */
public record TagSpan(String tag, String reading, String span, Optional<ListTerm> term)
    implements Evidence {
  @Override
  public void write(Fields out) {
    out.string("in", "tag");
    out.string("tag", tag);
    out.string("reading", reading);
    out.string("span", span);
    term.ifPresent(t -> t.write(out));
  }
}
