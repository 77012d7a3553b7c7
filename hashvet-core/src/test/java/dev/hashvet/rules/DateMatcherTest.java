package dev.hashvet.rules;

import dev.hashvet.HashvetException;
import dev.hashvet.TestBooks;
import dev.hashvet.YamlDoc;
import dev.hashvet.rules.dates.ObservanceCalendar;
import dev.hashvet.rules.evidence.Shape;
import dev.hashvet.text.TextNormalizer;
import dev.hashvet.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateMatcherTest {
  private static final String PROMO = "promotional: {terms: {lists: [promotional]}}";

  /** A two-entry calendar so the matcher's own rules are tested apart from the bundled data. */
  private static final String TEST_CALENDAR = """
      observances:
        - id: xx.memorial
          name: Test Memorial
          regions: [US, GB]
          kind: tragedy
          date: {fixed: "09-11"}
          time: "14:46"
          zone: Asia/Tokyo
          promo: review
          plain: info
          overrides:
            US: {promo: block, plain: info}
          guidance: Be careful.
          source: test
          examples: {2026: 2026-09-11}
        - id: xx.world
          name: Test World Day
          regions: [global]
          kind: awareness
          date: {fixed: "09-11"}
          promo: review
          plain: none
          guidance: Mind the cause.
          source: test
          examples: {2026: 2026-09-11}
        - id: xx.tabled
          name: Test Festival
          regions: [IN]
          kind: religious
          date: {table: {2025: 2025-10-20, 2026: 2026-11-08}}
          promo: review
          plain: none
          guidance: Festive.
          source: test
          examples: {2026: 2026-11-08}
      """;
  private static final String ZONES = """
      zones: {US: America/New_York, GB: Europe/London, IN: Asia/Kolkata}
      """;

  private static ObservanceCalendar testCalendar() {
    return ObservanceCalendar.load(List.of(yaml("test-calendar.yml", TEST_CALENDAR)),
        yaml("test-zones.yml", ZONES));
  }

  private static YamlDoc yaml(String name, String text) {
    return YamlDoc.parse(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static TermLists terms() {
    TermLists t = new TermLists();
    try (InputStream in = DateMatcherTest.class.getResourceAsStream("/terms/en/promotional.yml")) {
      t.add(YamlDoc.parse("promotional.yml", in.readAllBytes()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return t;
  }

  /** A date matcher with {@code settings} ({kinds, promotional}) on {@code cal}. */
  static DateMatcher matcher(String settings, ObservanceCalendar cal) {
    YamlDoc doc = yaml("rule.yml", "date: " + settings + "\n");
    Spec spec = new Spec(doc, "", new Spec.Loading(terms(), Matchers.standard(TestBooks.calendar())));
    return new DateMatcher(spec.child("date"), cal);
  }

  static Subject subject(String text, String at, List<String> regions) {
    TextNormalizer n = new TextNormalizer();
    String folded = n.fold(text);
    ZonedDateTime when = at.length() == 10
        ? java.time.LocalDate.parse(at).atTime(12, 0).atZone(java.time.ZoneOffset.UTC)
        : OffsetDateTime.parse(at).toZonedDateTime();
    return new Subject(text, folded, new Tokenizer().words(folded), List.of(), List.of(), when,
        regions, List.of(), Context.NONE);
  }

  @Test
  void promotionalPostGetsTheMarketsPromoSeverity() {
    DateMatcher m = matcher("{" + PROMO + "}", testCalendar());
    List<Match> found = m.match(subject("Big sale: 20% off today", "2026-09-11T10:00:00-04:00",
        List.of("US")));
    assertThat(found).hasSize(2);
    Match first = found.get(0);
    assertThat(first.severity()).contains(Severity.BLOCK);
    assertThat(Shape.of(first.evidence()))
        .containsEntry("observance", "xx.memorial")
        .containsEntry("name", "Test Memorial")
        .containsEntry("kind", "tragedy")
        .containsEntry("date", "2026-09-11")
        .containsEntry("region", "US")
        .containsEntry("regions", List.of("US"))
        .containsEntry("zone", "America/New_York")
        .containsEntry("local", "2026-09-11T10:00-04:00")
        .containsEntry("phase", "the day itself")
        .containsEntry("guidance", "Be careful.")
        .containsEntry("source", "test")
        .containsEntry("basis", "promotional post")
        .containsKeys("window", "moment", "minutes_from_moment");
    assertThat(Shape.of(first.evidence()).get("promotional")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("sale").hasSizeGreaterThanOrEqualTo(2);
    assertThat(first.vars()).containsEntry("observance", "Test Memorial")
        .containsEntry("date", "2026-09-11").containsEntry("region", "US")
        .containsEntry("guidance", "Be careful.");
    assertThat(Shape.of(found.get(1).evidence())).containsEntry("observance", "xx.world");
    assertThat(found.get(1).severity()).contains(Severity.REVIEW);
  }

  @Test
  void plainPostGetsThePlainSeverityAndNoneMeansNoMatch() {
    DateMatcher m = matcher("{" + PROMO + "}", testCalendar());
    List<Match> found = m.match(subject("We remember.", "2026-09-11T10:00:00-04:00",
        List.of("US")));
    assertThat(found).singleElement().satisfies(x -> {
      assertThat(x.severity()).contains(Severity.INFO);
      assertThat(Shape.of(x.evidence())).containsEntry("basis", "plain post")
          .containsEntry("promotional", List.of());
    });
  }

  @Test
  void withoutAPromotionalMatcherEveryPostIsPlain() {
    DateMatcher m = matcher("{kinds: [tragedy]}", testCalendar());
    assertThat(m.match(subject("Big sale", "2026-09-11T10:00:00-04:00", List.of("US"))))
        .singleElement().satisfies(x -> assertThat(x.severity()).contains(Severity.INFO));
  }

  @Test
  void theMarketsTimeZoneDecidesTheLocalDate() {
    DateMatcher m = matcher("{kinds: [tragedy], " + PROMO + "}", testCalendar());
    String at = "2026-09-10T23:30:00-04:00";
    assertThat(m.match(subject("Flash sale", at, List.of("US")))).isEmpty();
    List<Match> gb = m.match(subject("Flash sale", at, List.of("GB")));
    assertThat(gb).singleElement().satisfies(x -> {
      assertThat(x.severity()).contains(Severity.REVIEW);
      assertThat(Shape.of(x.evidence())).containsEntry("region", "GB")
          .containsEntry("local", "2026-09-11T04:30+01:00");
    });
    List<Match> both = m.match(subject("Flash sale", at, List.of("US", "GB")));
    assertThat(both).singleElement().satisfies(x ->
        assertThat(Shape.of(x.evidence())).containsEntry("regions", List.of("GB")));
  }

  @Test
  void nearTheMomentAPlainPostIsReview() {
    DateMatcher m = matcher("{kinds: [tragedy], " + PROMO + "}", testCalendar());
    // 14:46 Tokyo = 01:46 New York (EDT, UTC-4) on 11 September.
    List<Match> at = m.match(subject("Good morning!", "2026-09-11T01:50:00-04:00",
        List.of("US")));
    assertThat(at).singleElement().satisfies(x -> {
      assertThat(x.severity()).contains(Severity.REVIEW);
      assertThat(Shape.of(x.evidence())).containsEntry("minutes_from_moment", 4L);
      assertThat(x.vars().get("when")).contains("near the moment of 14:46 Asia/Tokyo");
    });
    List<Match> later = m.match(subject("Good morning!", "2026-09-11T09:00:00-04:00",
        List.of("US")));
    assertThat(later).singleElement().satisfies(x ->
        assertThat(x.severity()).contains(Severity.INFO));
  }

  @Test
  void aGlobalPostUsesBaseSeveritiesAndCapsMarketObservancesAtReview() {
    DateMatcher m = matcher("{" + PROMO + "}", testCalendar());
    List<Match> found = m.match(subject("Big sale", "2026-09-11T12:00:00Z", List.of()));
    assertThat(found).extracting(x -> Shape.of(x.evidence()).get("observance"))
        .containsExactlyInAnyOrder("xx.memorial", "xx.world");
    assertThat(found).allSatisfy(x -> assertThat(x.severity()).contains(Severity.REVIEW));
    Match world = found.stream().filter(x -> Shape.of(x.evidence()).get("observance").equals("xx.world"))
        .findFirst().orElseThrow();
    assertThat(Shape.of(world.evidence())).containsEntry("regions", List.of("global"));
    assertThat(world.vars()).containsEntry("region", "every market");
  }

  @Test
  void kindsFilterTheObservances() {
    DateMatcher m = matcher("{kinds: [awareness], " + PROMO + "}", testCalendar());
    assertThat(m.match(subject("Big sale", "2026-09-11T10:00:00-04:00", List.of("US"))))
        .extracting(x -> Shape.of(x.evidence()).get("observance")).containsExactly("xx.world");
  }

  @Test
  void anUndatedYearIsAnInfoMatchThatSaysSoNeverAGuess() {
    DateMatcher m = matcher("{kinds: [religious], " + PROMO + "}", testCalendar());
    List<Match> found = m.match(subject("Festival sale", "2040-11-08T10:00:00+05:30",
        List.of("IN")));
    assertThat(found).singleElement().satisfies(x -> {
      assertThat(x.severity()).contains(Severity.INFO);
      assertThat(Shape.of(x.evidence())).containsEntry("dated", false).containsEntry("year", 2040L)
          .containsEntry("note",
              "dates: Test Festival is tabled for 2025-2026 only; 2040 is outside it");
      assertThat(x.vars().get("when")).contains("not known");
    });
    assertThat(m.match(subject("Festival sale", "2026-11-08T10:00:00+05:30", List.of("US"))))
        .isEmpty();
  }

  @Test
  void badSettingsFailWithFileAndLine() {
    assertThatThrownBy(() -> matcher("{kinds: [sadness]}", testCalendar()))
        .isInstanceOf(HashvetException.class)
        .hasMessageContaining("rule.yml:1")
        .hasMessageContaining("unknown observance kind 'sadness'");
    assertThatThrownBy(() -> matcher("{when: always}", testCalendar()))
        .isInstanceOf(HashvetException.class)
        .hasMessageContaining("unknown key 'when'");
    assertThatThrownBy(() -> matcher("{promotional: {terms: {lists: [nope]}}}", testCalendar()))
        .isInstanceOf(HashvetException.class)
        .hasMessageContaining("unknown term list 'nope'");
  }

  @Test
  void theDateKindIsRegistered() {
    assertThat(Matchers.standard(TestBooks.calendar()).kinds()).contains("date");
  }

  @Test
  void bundledClassicCases() {
    DateMatcher m = matcher("{" + PROMO + "}", TestBooks.calendar());
    assertThat(m.match(subject("Hurricane-proof deals! 20% off today",
        "2026-09-11T09:00:00-04:00", List.of("US"))).get(0).severity()).contains(Severity.BLOCK);
    assertThat(m.match(subject("We remember. #NeverForget", "2026-09-11T08:46:00-04:00",
        List.of("US")))).allSatisfy(x -> assertThat(x.severity().orElseThrow())
        .isLessThan(Severity.BLOCK));
    Match tohoku = m.match(subject("Spring sale", "2026-03-11T14:46:00+09:00", List.of("JP")))
        .get(0);
    assertThat(Shape.of(tohoku.evidence())).containsEntry("observance", "jp.tohoku-earthquake")
        .containsEntry("moment", "2026-03-11T14:46+09:00")
        .containsEntry("minutes_from_moment", 0L);
    Match ramadan = m.match(subject("Lunch deal today only", "2026-03-01T12:00:00+03:00",
        List.of("SA"))).get(0);
    assertThat(ramadan.severity()).contains(Severity.REVIEW);
    assertThat(Shape.of(ramadan.evidence())).containsEntry("observance", "islamic.ramadan")
        .containsEntry("date", "2026-02-18").containsEntry("end", "2026-03-19");
  }

  /**
   * Neutral days stay clean: over seeded random local dates and markets of the bundled calendar
   * (imported holidays included), a promotion on a day that {@code dates} lists nothing for in
   * that market (no observance whose window holds the day) gets no date finding; and a promotion
   * on a listed day gets one.
   */
  @Test
  void aPromotionOnADayTheCalendarListsNothingForPassesAndOneItListsIsFlagged() {
    ObservanceCalendar cal = TestBooks.calendar();
    DateMatcher m = matcher("{kinds: [remembrance, tragedy, religious, political, holiday,"
        + " awareness], " + PROMO + "}", cal);
    List<String> markets = List.copyOf(cal.regions());
    java.util.Random random = new java.util.Random(20270303L);
    int neutral = 0;
    int listed = 0;
    for (int i = 0; i < 400; i++) {
      String market = markets.get(random.nextInt(markets.size()));
      java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1)
          .plusDays(random.nextInt(7 * 365));
      boolean inForce = java.util.stream.IntStream.rangeClosed(day.getYear() - 1,
          day.getYear() + 1).boxed().flatMap(y -> cal.year(market, y).stream()).anyMatch(o ->
          !day.isBefore(o.start().minusDays(o.observance().window().before()))
              && !day.isAfter(o.end().plusDays(o.observance().window().after())));
      ZonedDateTime noon = day.atTime(12, 0).atZone(cal.zones().zone(market));
      List<Match> found = m.match(subject("Flash sale: 30% off everything today",
          noon.toOffsetDateTime().toString(), List.of(market)));
      if (inForce) {
        listed++;
        assertThat(found).as("%s in %s", day, market).isNotEmpty();
      } else {
        neutral++;
        assertThat(found).as("%s in %s", day, market).isEmpty();
      }
    }
    assertThat(neutral).isGreaterThan(200);
    assertThat(listed).isGreaterThan(20);
  }
}
