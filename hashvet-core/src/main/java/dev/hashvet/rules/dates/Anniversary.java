package dev.hashvet.rules.dates;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an observance remembers, when it is the anniversary of an event: the year it happened, how
 * many died, what kind of event it was, and the words that name it in a post.
 *
 * @param year the year of the event
 * @param toll the number of dead, when known
 * @param event what happened: terror-attack, massacre, earthquake, ... ({@link #EVENTS})
 * @param terms words and phrases that name the event in a post ("Rana Plaza", "MH17")
 */
public record Anniversary(int year, OptionalInt toll, Optional<String> event, List<String> terms) {
  /** The kinds of event an anniversary can remember. */
  public static final Set<String> EVENTS = Set.of("terror-attack", "massacre", "genocide",
      "mass-shooting", "industrial", "transport", "earthquake", "tsunami", "storm", "flood",
      "volcano", "landslide", "assassination", "stampede", "fire", "war", "famine", "repression",
      "epidemic");

  /** Anniversaries that raise severity: the first, fifth, tenth, ... hundredth. */
  private static final Set<Integer> ROUND = Set.of(1, 5, 10, 20, 25, 50, 75, 100);

  /** How many years after the event it still counts as recent. */
  public static final int RECENT_YEARS = 5;

  /** From how many dead an event counts as a mass-casualty event. */
  public static final int MASS_CASUALTY = 50;

  public Anniversary {
    terms = List.copyOf(terms);
  }

  /** Years from the event to {@code year} (the year of an occurrence). */
  public int yearsSince(int year) {
    return year - this.year;
  }

  /** True when the occurrence in {@code year} is a round anniversary or within five years. */
  public boolean marked(int year) {
    int n = yearsSince(year);
    return ROUND.contains(n) || (n >= 0 && n <= RECENT_YEARS);
  }

  /** Why the occurrence in {@code year} weighs more, or empty: "25th anniversary", "recent". */
  public Optional<String> markedBy(int year) {
    int n = yearsSince(year);
    if (ROUND.contains(n)) {
      return Optional.of(ordinal(n) + " anniversary");
    }
    if (n >= 0 && n <= RECENT_YEARS) {
      return Optional.of("within " + RECENT_YEARS + " years of the event");
    }
    return Optional.empty();
  }

  /** True when at least {@value #MASS_CASUALTY} people died. */
  public boolean massCasualty() {
    return toll.isPresent() && toll.getAsInt() >= MASS_CASUALTY;
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 21st, ... */
  public static String ordinal(int n) {
    int t = n % 100;
    String suffix = t >= 11 && t <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}
