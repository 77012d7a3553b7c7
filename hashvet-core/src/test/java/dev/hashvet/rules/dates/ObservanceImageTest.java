package dev.hashvet.rules.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.rules.Severity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The calendar image compiled at build time (see pom.xml) holds what the YAML files give, and any
 * observance reads back from an image as it was written.
 */
class ObservanceImageTest {
  @Test
  void theBundledImageHoldsTheCalendarTheYamlGives() {
    ObservanceImage.Parts plain = ObservanceCalendar.parseBundled();
    ObservanceImage.Parts image = ObservanceImage.bundled();
    assertThat(image).as("run mvn process-classes").isNotNull();
    assertThat(plain.observances()).hasSizeGreaterThan(100);
    assertSame(image, plain);
  }

  @Test
  void everyKindOfRuleAndFieldReadsBackAsWritten() {
    Schedule shifted = new Schedule(new DateRule.Fixed(MonthDay.of(9, 11)), -2,
        Map.of(DayOfWeek.SATURDAY, -1, DayOfWeek.SUNDAY, 1), 3, false);
    Observance full = new Observance("xx.all-fields", "All Fields", List.of("US", "GB"),
        Kind.REMEMBRANCE, shifted, new Window(2, 1), Optional.of(LocalTime.of(14, 46)),
        Optional.of(ZoneId.of("Asia/Tokyo")), new Severities(Severity.BLOCK,
        Optional.of(Severity.REVIEW)), Map.of("GB", new Severities(Severity.REVIEW,
        Optional.empty())), "Careful.", "test", new TreeMap<>(Map.of(2026,
        List.of(LocalDate.of(2026, 9, 9)))), Optional.of(new Anniversary(2001,
        OptionalInt.of(2977), Optional.of("terror-attack"), List.of("Twin Towers"))),
        "t.yml:2");
    List<DateRule> rules = List.of(new DateRule.NthWeekday(Month.MAY, DayOfWeek.MONDAY, -1),
        new DateRule.WeekdayBefore(MonthDay.of(5, 25), DayOfWeek.MONDAY, 1),
        new DateRule.WeekdayFrom(MonthDay.of(11, 1), DayOfWeek.THURSDAY, 4),
        new DateRule.Julian(MonthDay.of(12, 25)), new DateRule.EasterSunday(true),
        new DateRule.Hijri(9, 1), new DateRule.Hebrew(1, 10), new DateRule.Chinese(1, 1),
        new DateRule.SolarTerm(15.5, ZoneId.of("Asia/Taipei")),
        new DateRule.Table(new TreeMap<>(Map.of(2026, List.of(LocalDate.of(2026, 11, 8)),
            2027, List.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 10, 29))))));
    List<Observance> observances = new ArrayList<>(List.of(full));
    for (DateRule rule : rules) {
      boolean lunar = rule.hasOwnMonths();
      observances.add(new Observance("xx." + observances.size(), "N", List.of(Observance.GLOBAL),
          Kind.HOLIDAY, new Schedule(rule, 0, Map.of(), 1, lunar), Window.DAY, Optional.empty(),
          Optional.empty(), new Severities(Severity.INFO, Optional.empty()), Map.of(), "g", "s",
          new TreeMap<>(), Optional.of(new Anniversary(1990, OptionalInt.empty(),
          Optional.empty(), List.of())), "t.yml:" + observances.size()));
    }
    RegionZones zones = new RegionZones(Map.of("US", ZoneId.of("America/New_York")),
        Map.of("FR", ZoneId.of("Europe/Paris")));
    ObservanceImage.Parts parts = new ObservanceImage.Parts(observances, zones,
        Map.of("FR", "/dates/holidays/FR.yml"));
    assertThat(observances.stream().map(o -> o.schedule().rule().getClass())
        .collect(Collectors.toSet())).hasSize(11);
    assertSame(ObservanceImage.read(ObservanceImage.write(parts)), parts);
  }

  private static void assertSame(ObservanceImage.Parts got, ObservanceImage.Parts expected) {
    assertThat(got.observances()).containsExactlyElementsOf(expected.observances());
    assertThat(got.zones().listed()).containsExactlyEntriesOf(expected.zones().listed());
    assertThat(got.zones().more()).isEqualTo(expected.zones().more());
    assertThat(got.importedFiles()).containsExactlyEntriesOf(expected.importedFiles());
  }
}
