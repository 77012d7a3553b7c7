package dev.hashvet.rules.evidence;

import dev.hashvet.rules.dates.Window;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A sensitive date at the time the post goes out.
 *
 * @param observance the observance's id
 * @param name its name
 * @param kind its kind's id
 * @param date its first day (ISO)
 * @param end its last day (ISO; written only when it is not {@code date})
 * @param region the market whose calendar has it
 * @param regions the markets it concerns ("global" for a global post and observance)
 * @param zone the time zone of that market
 * @param local the post's time there
 * @param phase where the post falls: before, on or after the day
 * @param window the days before and after that count
 * @param moment its moment of the day, if it has one
 * @param promotional the promotional words of the post
 * @param basis "plain post", "promotional post", or why a named event counts
 * @param guidance what to do
 * @param source where its dates come from
 * @param years the anniversary it marks, if it is one
 * @param named the post's words that name the event, for an anniversary kept in other markets
 */
public record DateHit(String observance, String name, String kind, String date, String end,
    String region, List<String> regions, String zone, String local, String phase, Window window,
    Optional<Moment> moment, List<String> promotional, String basis, String guidance,
    String source, Optional<Years> years, Optional<String> named) implements Evidence {
  public DateHit {
    regions = List.copyOf(regions);
    promotional = List.copyOf(promotional);
  }

  /**
   * The moment of the day an observance marks (a minute's silence).
   *
   * @param at the moment (ISO, with offset)
   * @param minutesFromPost minutes from the moment to the post (negative: before it)
   */
  public record Moment(String at, long minutesFromPost) {}

  /**
   * The anniversary an observance marks.
   *
   * @param year the year of the event
   * @param since years since it, in the year of the date
   * @param toll the lives it cost, when known
   * @param event the event in words, when known
   * @param escalation why this anniversary weighs more (a round number...), in words
   */
  public record Years(int year, int since, OptionalInt toll, Optional<String> event,
      List<String> escalation) {
    public Years {
      escalation = List.copyOf(escalation);
    }
  }

  /** This date as named by the post's {@code term}, with {@code escalation} and {@code basis}. */
  public DateHit named(String term, List<String> escalation, String why) {
    Optional<Years> y = years.map(a -> new Years(a.year(), a.since(), a.toll(), a.event(),
        escalation));
    return new DateHit(observance, name, kind, date, end, region, regions, zone, local, phase,
        window, moment, promotional, why, guidance, source, y, Optional.of(term));
  }

  @Override
  public Optional<Evidence> withRegions(List<String> markets) {
    return Optional.of(new DateHit(observance, name, kind, date, end, region, markets, zone,
        local, phase, window, moment, promotional, basis, guidance, source, years, named));
  }

  @Override
  public void write(Fields out) {
    out.string("observance", observance);
    out.string("name", name);
    out.string("kind", kind);
    out.string("date", date);
    if (!end.equals(date)) {
      out.string("end", end);
    }
    out.string("region", region);
    out.strings("regions", regions);
    out.string("zone", zone);
    out.string("local", local);
    out.string("phase", phase);
    out.object("window", o -> {
      o.number("before", window.before());
      o.number("after", window.after());
    });
    moment.ifPresent(m -> {
      out.string("moment", m.at());
      out.number("minutes_from_moment", m.minutesFromPost());
    });
    out.strings("promotional", promotional);
    out.string("basis", basis);
    out.string("guidance", guidance);
    out.string("source", source);
    years.ifPresent(y -> {
      out.number("year", y.year());
      out.number("years_since", y.since());
      y.toll().ifPresent(t -> out.number("toll", t));
      y.event().ifPresent(e -> out.string("event", e));
      out.strings("escalation", y.escalation());
    });
    named.ifPresent(n -> out.string("named", n));
  }
}
