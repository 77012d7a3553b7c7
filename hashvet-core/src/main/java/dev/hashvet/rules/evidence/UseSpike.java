package dev.hashvet.rules.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tag is used far more today than usual.
 *
 * @param today uses today
 * @param median the median of the days before
 * @param ratio today over the median (one decimal)
 * @param days uses per day (ISO date), oldest first
 */
public record UseSpike(long today, double median, double ratio, Map<String, Long> days)
    implements Evidence {
  public UseSpike {
    days = Collections.unmodifiableMap(new LinkedHashMap<>(days));
  }

  @Override
  public void write(Fields out) {
    out.number("today", today);
    out.decimal("median", median);
    out.decimal("ratio", ratio);
    out.object("days", o -> days.forEach(o::number));
  }
}
