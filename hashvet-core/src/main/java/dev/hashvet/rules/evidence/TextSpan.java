package dev.hashvet.rules.evidence;

import java.util.Optional;

/**
 * Words of the post's text: {@code "in": "text"}.
 *
 * @param span the words as folded
 * @param start offset of the span in the folded text
 * @param end offset after the span
 * @param term the list term it matched (empty for a pattern)
 */
public record TextSpan(String span, int start, int end, Optional<ListTerm> term)
    implements Evidence {
  @Override
  public void write(Fields out) {
    out.string("in", "text");
    out.string("span", span);
    out.number("start", start);
    out.number("end", end);
    term.ifPresent(t -> t.write(out));
  }
}
