package dev.hashvet.rules;

import dev.hashvet.TestBooks;
import dev.hashvet.YamlDoc;
import dev.hashvet.rules.dates.Anniversary;
import dev.hashvet.rules.dates.Observance;
import dev.hashvet.rules.dates.ObservanceCalendar;
import dev.hashvet.rules.dates.Occurrence;
import dev.hashvet.rules.evidence.Shape;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anniversaries escalate: round (1st, 5th, 10th, 20th, 25th, 50th, 75th, 100th) and recent (within
 * five years) anniversaries raise the severity in the markets that keep them, a promotion on the
 * day of a mass-casualty event is then block, and elsewhere only a post that names the event is
 * flagged. The moment of each post is the clock.
 */
class AnniversaryEscalationTest {
  private static final String PROMO = "promotional: {terms: {lists: [promotional]}}";
  private static final String SALE = "Flash sale: 20% off everything";

  private static final String CALENDAR = """
      observances:
        - id: xx.collapse
          name: Test Collapse anniversary
          regions: [BD]
          kind: tragedy
          date: {fixed: "04-24"}
          promo: review
          plain: none
          guidance: Mourn.
          source: test
          examples: {2026: 2026-04-24}
          year: 2016
          toll: 60
          event: industrial
          terms: [Test Plaza]
        - id: xx.small
          name: Test Fire anniversary
          regions: [BD]
          kind: tragedy
          date: {fixed: "04-25"}
          promo: review
          plain: info
          guidance: Mourn.
          source: test
          examples: {2026: 2026-04-25}
          year: 2016
          toll: 12
        - id: xx.attacks
          name: Test Attacks anniversary
          regions: [global]
          kind: tragedy
          date: {fixed: "04-26"}
          promo: review
          plain: none
          overrides:
            US: {promo: review, plain: info}
          guidance: Mourn.
          source: test
          examples: {2026: 2026-04-26}
          year: 2016
          toll: 3000
      """;
  private static final String ZONES = """
      zones: {BD: Asia/Dhaka, GB: Europe/London, US: America/New_York}
      """;

  private static ObservanceCalendar testCalendar() {
    return ObservanceCalendar.load(List.of(yaml("anniversaries.yml", CALENDAR)),
        yaml("zones.yml", ZONES));
  }

  private static YamlDoc yaml(String name, String text) {
    return YamlDoc.parse(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static DateMatcher matcher(ObservanceCalendar cal) {
    return DateMatcherTest.matcher("{kinds: [tragedy, remembrance], " + PROMO + "}", cal);
  }

  /** The severity of {@code id}'s match, or empty when it has none. */
  private static Optional<Severity> severity(DateMatcher m, String id, String text, String at,
      String... regions) {
    return m.match(DateMatcherTest.subject(text, at, List.of(regions))).stream()
        .filter(x -> id.equals(Shape.of(x.evidence()).get("observance")))
        .map(x -> x.severity().orElseThrow()).findFirst();
  }

  @Test
  void aRoundAnniversaryOfAMassCasualtyEventBlocksAPromotionOnTheDay() {
    DateMatcher m = matcher(testCalendar());
    // 2026 is the 10th anniversary, 2021 the 5th, 2019 within five years; 2027 is neither.
    for (String at : List.of("2026-04-24T10:00:00+06:00", "2021-04-24T10:00:00+06:00",
        "2019-04-24T10:00:00+06:00", "2066-04-24T10:00:00+06:00")) {
      assertThat(severity(m, "xx.collapse", SALE, at, "BD")).as(at).contains(Severity.BLOCK);
    }
    assertThat(severity(m, "xx.collapse", SALE, "2027-04-24T10:00:00+06:00", "BD"))
        .contains(Severity.REVIEW);
    assertThat(severity(m, "xx.collapse", SALE, "2028-04-24T10:00:00+06:00", "BD"))
        .contains(Severity.REVIEW);
  }

  @Test
  void aRoundAnniversaryRaisesAPlainPostOneStep() {
    DateMatcher m = matcher(testCalendar());
    String hello = "Good morning from our team";
    assertThat(severity(m, "xx.collapse", hello, "2026-04-24T10:00:00+06:00", "BD"))
        .contains(Severity.INFO);
    assertThat(severity(m, "xx.collapse", hello, "2027-04-24T10:00:00+06:00", "BD")).isEmpty();
    assertThat(severity(m, "xx.small", hello, "2026-04-25T10:00:00+06:00", "BD"))
        .contains(Severity.REVIEW);
    assertThat(severity(m, "xx.small", hello, "2027-04-25T10:00:00+06:00", "BD"))
        .contains(Severity.INFO);
    // Fewer than 50 dead: a round anniversary does not make a promotion block.
    assertThat(severity(m, "xx.small", SALE, "2026-04-25T10:00:00+06:00", "BD"))
        .contains(Severity.REVIEW);
  }

  @Test
  void elsewhereOnlyAPostThatNamesTheEventIsFlagged() {
    DateMatcher m = matcher(testCalendar());
    String at = "2026-04-24T10:00:00+01:00";
    assertThat(severity(m, "xx.collapse", SALE, at, "GB")).isEmpty();
    assertThat(severity(m, "xx.collapse", "Test Plaza tribute sale: 20% off", at, "GB"))
        .contains(Severity.REVIEW);
    assertThat(severity(m, "xx.collapse", "Remembering #TestPlaza today", at, "GB"))
        .contains(Severity.INFO);
    assertThat(severity(m, "xx.collapse", "Latest Plazas sale: 20% off", at, "GB")).isEmpty();
    // Not on its day in its own market: the next day in Dhaka.
    assertThat(severity(m, "xx.collapse", "Test Plaza tribute sale", "2026-04-24T20:00:00+01:00",
        "GB")).isEmpty();
    // A global post is checked in every market that keeps it, never "elsewhere".
    assertThat(severity(m, "xx.collapse", "Test Plaza tribute sale: 20% off", at))
        .contains(Severity.REVIEW);
  }

  @Test
  void aGlobalObservanceEscalatesOnlyWhereItIsKeptByName() {
    DateMatcher m = matcher(testCalendar());
    assertThat(severity(m, "xx.attacks", SALE, "2026-04-26T10:00:00-04:00", "US"))
        .contains(Severity.BLOCK);
    assertThat(severity(m, "xx.attacks", SALE, "2026-04-26T10:00:00+01:00", "GB"))
        .contains(Severity.REVIEW);
    assertThat(severity(m, "xx.attacks", SALE, "2026-04-26T10:00:00+01:00"))
        .contains(Severity.REVIEW);
  }

  @Test
  void theEvidenceCarriesYearsSinceTollAndSource() {
    DateMatcher m = matcher(testCalendar());
    Match x = m.match(DateMatcherTest.subject(SALE, "2026-04-24T10:00:00+06:00", List.of("BD")))
        .get(0);
    assertThat(Shape.of(x.evidence())).containsEntry("year", 2016L)
        .containsEntry("years_since", 10L).containsEntry("toll", 60L).containsEntry("event", "industrial")
        .containsEntry("source", "test");
    assertThat(Shape.of(x.evidence()).get("escalation").toString()).contains("10th anniversary")
        .contains("mass-casualty");
    assertThat(x.vars().get("when")).contains("10th anniversary");
  }

  /**
   * The bundled calendar: on the 10th anniversary of a sample of mass-casualty events, a
   * promotion blocks in the event's own market; in a market that does not keep it, it passes
   * unless it names the event.
   */
  @Test
  void bundledMassCasualtyAnniversariesBlockAtHomeAndPassElsewhere() {
    ObservanceCalendar cal = TestBooks.calendar();
    DateMatcher m = matcher(cal);
    List<Observance> heavy = new ArrayList<>(cal.observances().stream()
        .filter(o -> !o.isGlobal() && o.anniversary().map(Anniversary::massCasualty).orElse(false)
            && !o.anniversary().get().terms().isEmpty())
        .toList());
    assertThat(heavy).hasSizeGreaterThan(200);
    Collections.shuffle(heavy, new Random(42));
    for (Observance o : heavy.subList(0, 40)) {
      String home = o.regions().get(0);
      String away = List.of("IS", "UY", "MN", "BT").stream()
          .filter(r -> !o.observedIn(r)).findFirst().orElseThrow();
      LocalDate day = o.spans(o.anniversary().get().year() + 10).get(0).start();
      ZoneId zone = cal.zones().zone(home);
      String at = ZonedDateTime.of(day, LocalTime.NOON, zone).toOffsetDateTime().toString();
      assertThat(severity(m, o.id(), SALE, at, home)).as(o.id()).contains(Severity.BLOCK);
      assertThat(severity(m, o.id(), SALE, at, away)).as(o.id() + " in " + away).isEmpty();
      String term = o.anniversary().get().terms().get(0);
      assertThat(severity(m, o.id(), term + " " + SALE, at, away)).as(o.id() + " named")
          .contains(Severity.REVIEW);
    }
  }

  @Test
  void elsewhereListsOnlyAnniversariesOnTheirOwnDay() {
    ObservanceCalendar cal = testCalendar();
    List<Occurrence> gb = cal.elsewhere(
        ZonedDateTime.parse("2026-04-24T10:00:00+01:00[Europe/London]"), List.of("GB"));
    assertThat(gb).extracting(o -> o.observance().id()).containsExactly("xx.collapse");
    assertThat(gb.get(0).region()).isEqualTo("BD");
    assertThat(cal.elsewhere(ZonedDateTime.parse("2026-04-24T10:00:00+06:00[Asia/Dhaka]"),
        List.of("BD"))).isEmpty();
  }
}
