package dev.hashvet.rules;

import dev.hashvet.context.LiveSignals.DailyUse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one definition of a spike in a tag's use, shared by the {@code signal: {kind: spike}} rules
 * and the usage line of the reports: today's uses (the last day of up to a week of history)
 * against the median of the days before, at least {@code minRatio} times that median and at least
 * {@code minUses} uses (so four uses against one is no spike).
 *
 * @param days the days looked at, oldest first, today last
 * @param median the median of the days before today
 * @param ratio today's uses over the median (a median under one counts as one)
 */
public record Spike(List<DailyUse> days, double median, double ratio) {
  /** Days of history looked at, today included. */
  public static final int DAYS = 7;

  /** The default multiple of the earlier days' median. */
  public static final double MIN_RATIO = 3;

  /** The default least number of uses today. */
  public static final int MIN_USES = 20;

  public Spike {
    days = List.copyOf(days);
  }

  public DailyUse today() {
    return days.get(days.size() - 1);
  }

  /** The spike in {@code history} at the default thresholds, if there is one. */
  public static Optional<Spike> in(List<DailyUse> history) {
    return in(history, MIN_USES, MIN_RATIO);
  }

  /** The spike in {@code history} at these thresholds, if there is one. */
  public static Optional<Spike> in(List<DailyUse> history, int minUses, double minRatio) {
    List<DailyUse> days = history.stream().sorted(Comparator.comparing(DailyUse::day)).toList();
    if (days.size() > DAYS) {
      days = days.subList(days.size() - DAYS, days.size());
    }
    if (days.size() < 2) {
      return Optional.empty();
    }
    DailyUse today = days.get(days.size() - 1);
    List<Long> before = days.subList(0, days.size() - 1).stream().map(DailyUse::uses).sorted()
        .toList();
    double median = median(before);
    double ratio = today.uses() / Math.max(median, 1);
    if (today.uses() < minUses || ratio < minRatio) {
      return Optional.empty();
    }
    return Optional.of(new Spike(days, median, ratio));
  }

  private static double median(List<Long> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
