package dev.hashvet.rules.evidence;

import dev.hashvet.context.LiveSignals.Headline;

/**
 * A current event that names the tag.
 *
 * @param event the event's headline
 * @param tag the tag without '#'
 * @param reading the tag's reading that the event names
 */
public record EventHit(Headline event, String tag, String reading) implements Evidence {
  @Override
  public void write(Fields out) {
    HeadlineHit.write(event, out);
    out.string("tag", tag);
    out.string("reading", reading);
  }
}
