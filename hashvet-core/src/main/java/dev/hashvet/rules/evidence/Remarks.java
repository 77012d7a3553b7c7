package dev.hashvet.rules.evidence;

import java.util.List;
import java.util.Optional;

/**
 * What the rule and the brand profile add to a finding's evidence, written after it.
 *
 * @param capped why the severity was capped (a generic word), if it was
 * @param also other spans the rule matched (at most a few)
 * @param regions the rule's markets the post targets, when the evidence has no markets of its own
 * @param suitability how the brand profile changed the severity, if it did
 */
public record Remarks(Optional<String> capped, List<String> also, List<String> regions,
    Optional<String> suitability) implements Fields.Written {
  public static final Remarks NONE =
      new Remarks(Optional.empty(), List.of(), List.of(), Optional.empty());

  public Remarks {
    also = List.copyOf(also);
    regions = List.copyOf(regions);
  }

  /** These remarks with the brand profile's {@code suitability}. */
  public Remarks withSuitability(String s) {
    return new Remarks(capped, also, regions, Optional.of(s));
  }

  @Override
  public void write(Fields out) {
    capped.ifPresent(c -> out.string("capped", c));
    if (!also.isEmpty()) {
      out.strings("also", also);
    }
    if (!regions.isEmpty()) {
      out.strings("regions", regions);
    }
    suitability.ifPresent(s -> out.string("suitability", s));
  }
}
