package dev.hashvet.report;

import dev.hashvet.context.LiveSignals.DailyUse;
import dev.hashvet.rules.Spike;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A tag's daily uses over the last week as one line of block characters, {@code ▁▂▃▄▅▆▇█}, scaled
 * to the week's busiest day. The last day is the day of the fetch ("today"); when it is a spike (at
 * least {@link #SPIKE_RATIO} times the earlier days' average and at least {@link #SPIKE_MIN} uses
 * above it) its bar is marked and the line says by how much.
 */
public final class Sparkline {
  /** How many days the line shows. */
  public static final int DAYS = 7;

  private static final char[] LEVELS = "▁▂▃▄▅▆▇█".toCharArray();

  private final Style style;

  public Sparkline(Style style) {
    this.style = style;
  }

  /** "usage ▁▁▂▁▂▁█ ◂ today 412 uses, 7× the week's average", or empty when there is no history. */
  public Optional<String> line(List<DailyUse> history) {
    if (history.isEmpty()) {
      return Optional.empty();
    }
    List<DailyUse> days = new ArrayList<>(history);
    days.sort(Comparator.comparing(DailyUse::day));
    days = days.subList(Math.max(0, days.size() - DAYS), days.size());
    long max = days.stream().mapToLong(d -> Math.max(0, d.uses())).max().orElse(0);
    DailyUse today = days.get(days.size() - 1);
    List<DailyUse> before = days.subList(0, days.size() - 1);
    double avg = before.stream().mapToLong(d -> Math.max(0, d.uses())).average().orElse(0);
    // One definition of a spike for the rules and this line (Spike: against the median).
    Optional<Spike> found = Spike.in(history);
    boolean spike = found.isPresent();
    StringBuilder bars = new StringBuilder();
    for (int i = 0; i < days.size() - 1; i++) {
      bars.append(level(days.get(i).uses(), max));
    }
    String last = String.valueOf(level(today.uses(), max));
    StringBuilder sb = new StringBuilder("usage  ");
    sb.append(bars);
    if (spike) {
      sb.append(style.spike(last)).append(' ').append(style.spike("◂"));
    } else {
      sb.append(last);
    }
    sb.append(" today ").append(plural(today.uses(), "use"));
    if (today.accounts() > 0) {
      sb.append(" by ").append(plural(today.accounts(), "account"));
    }
    if (spike) {
      sb.append(", ")
          .append(
              style.spike(
                  times(found.get().ratio())
                      + " the "
                      + (before.size() + 1 == DAYS ? "week's" : before.size() + "-day")
                      + " median"));
    } else if (!before.isEmpty()) {
      sb.append(", ").append(Math.round(avg)).append(" a day before");
    }
    return Optional.of(sb.toString());
  }

  /** The bar for {@code v} of {@code max}: ▁ for nothing, █ for the busiest day. */
  static char level(long v, long max) {
    if (max <= 0 || v <= 0) {
      return LEVELS[0];
    }
    int i = (int) Math.round((double) v / max * (LEVELS.length - 1));
    return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, i))];
  }

  /** The bars alone, oldest first, for a list of counts. */
  public static String bars(List<Long> values) {
    long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    values.forEach(v -> sb.append(level(v, max)));
    return sb.toString();
  }

  private static String times(double ratio) {
    return ratio >= 10 ? Math.round(ratio) + "×" : String.format(Locale.ROOT, "%.1f×", ratio);
  }

  private static String plural(long n, String word) {
    return String.format(Locale.ROOT, "%,d", n) + " " + word + (n == 1 ? "" : "s");
  }
}
