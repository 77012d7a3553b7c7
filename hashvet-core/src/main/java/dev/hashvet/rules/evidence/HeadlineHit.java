package dev.hashvet.rules.evidence;

import dev.hashvet.context.LiveSignals.Headline;
import java.util.List;

/**
 * A live headline that uses a rule's risk terms.
 *
 * @param headline the headline
 * @param terms the terms it uses
 * @param lists the lists of those terms
 */
public record HeadlineHit(Headline headline, List<String> terms, List<String> lists)
    implements Evidence {
  public HeadlineHit {
    terms = List.copyOf(terms);
    lists = List.copyOf(lists);
  }

  @Override
  public void write(Fields out) {
    write(headline, out);
    out.strings("terms", terms);
    out.strings("lists", lists);
  }

  /** A headline's title, and its url, source and time when known. */
  static void write(Headline h, Fields out) {
    out.string("title", h.title());
    if (!h.url().isEmpty()) {
      out.string("url", h.url());
    }
    if (!h.source().isEmpty()) {
      out.string("source", h.source());
    }
    if (!h.seenAt().isEmpty()) {
      out.string("seenAt", h.seenAt());
    }
  }
}
