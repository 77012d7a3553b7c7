package dev.hashvet.rules.evidence;

import java.util.List;
import java.util.Optional;

/**
 * An observance in the post's markets whose date this year is not known.
 *
 * @param observance its id
 * @param name its name
 * @param kind its kind's id
 * @param year the year asked about
 * @param note why the date is not known
 * @param regions the markets that keep it
 * @param source where its dates come from
 */
public record UndatedHit(String observance, String name, String kind, int year, String note,
    List<String> regions, String source) implements Evidence {
  public UndatedHit {
    regions = List.copyOf(regions);
  }

  @Override
  public void write(Fields out) {
    out.string("observance", observance);
    out.string("name", name);
    out.string("kind", kind);
    out.flag("dated", false);
    out.number("year", year);
    out.string("note", note);
    out.strings("regions", regions);
    out.string("source", source);
  }

  @Override
  public Optional<Evidence> withRegions(List<String> markets) {
    return Optional.of(new UndatedHit(observance, name, kind, year, note, markets, source));
  }
}
