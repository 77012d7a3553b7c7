package dev.hashvet.rules.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut gives the date the zone's rules give, for every zone and any instant. */
class LocalDatesTest {
  @Test
  void agreesWithTheZoneRulesEverywhere() {
    List<ZoneId> zones = new ArrayList<>();
    ZoneId.getAvailableZoneIds().stream().sorted().forEach(id -> zones.add(ZoneId.of(id)));
    zones.add(ZoneOffset.UTC);
    zones.add(ZoneOffset.ofHoursMinutes(5, 45));
    zones.add(ZoneOffset.ofHours(-12));
    Random random = new Random(11);
    LocalDates dates = new LocalDates();
    long from = Instant.parse("1890-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2110-01-01T00:00:00Z").getEpochSecond();
    for (ZoneId zone : zones) {
      for (int n = 0; n < 400; n++) {
        Instant at = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
        assertThat(dates.of(at, zone)).as("%s at %s", zone, at)
            .isEqualTo(at.atZone(zone).toLocalDate());
      }
      // Around local midnights, where the shortcut steps aside.
      Instant base = Instant.parse("2027-03-28T00:00:00Z");
      for (int minutes = -26 * 60; minutes <= 26 * 60; minutes += 7) {
        Instant at = base.plusSeconds(minutes * 60L);
        assertThat(dates.of(at, zone)).as("%s at %s", zone, at)
            .isEqualTo(at.atZone(zone).toLocalDate());
      }
    }
  }
}
