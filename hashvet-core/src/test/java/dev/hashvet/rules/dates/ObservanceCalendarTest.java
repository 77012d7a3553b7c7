package dev.hashvet.rules.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.ibm.icu.util.TimeZone;
import dev.hashvet.HashvetException;
import dev.hashvet.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bundled calendar: its data, its examples, its zones, and lookups across time zones. */
class ObservanceCalendarTest {
  private static final ObservanceCalendar CAL = TestBooks.calendar();
  private static final Path FOLDER = Path.of("src/main/resources/dates");

  private static List<String> on(String at, String... regions) {
    return CAL.on(OffsetDateTime.parse(at).toZonedDateTime(), List.of(regions)).stream()
        .map(o -> o.observance().id() + "@" + o.region()).toList();
  }

  @Test
  void aGlobalYearListsTheSameDaysMarketsInMarketOrderEveryRun() {
    // The imported markets were kept in an unordered map, whose order changes from one JVM to the
    // next: New Year's Day in LC and LI came out in either order.
    // The listing sorts by first and last day and name; markets with the same name keep the
    // calendar's order (now market order).
    List<String> newYear = CAL.year(Observance.GLOBAL, 2027).stream()
        .filter(o -> o.start().equals(LocalDate.of(2027, 1, 1)))
        .filter(o -> o.observance().id().endsWith(".new-year-s-day"))
        .map(o -> o.end() + "\t" + o.observance().name() + "\t" + o.observance().regions().get(0))
        .toList();
    assertThat(newYear).hasSizeGreaterThan(50).isSorted();
  }

  @Test
  void coverage() {
    assertThat(CAL.observances()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(CAL.regions()).hasSizeGreaterThanOrEqualTo(25);
    Set<Class<?>> ruleKinds = new HashSet<>();
    CAL.observances().forEach(o -> ruleKinds.add(o.schedule().rule().getClass()));
    assertThat(ruleKinds).hasSize(11);
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    CAL.observances().forEach(o -> kinds.add(o.kind()));
    assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
    for (String id : List.of("us.911-anniversary", "us.pearl-harbor", "us.memorial-day",
        "us.mlk-day", "us.juneteenth", "commonwealth.remembrance-day", "gb.remembrance-sunday",
        "anzac.anzac-day", "global.holocaust-remembrance-day", "global.kristallnacht",
        "de.volkstrauertag", "jp.tohoku-earthquake", "jp.hiroshima-memorial",
        "jp.nagasaki-memorial", "cn.june-fourth", "in.partition-horrors-remembrance",
        "pk.independence-day", "christian.good-friday", "islamic.ramadan", "islamic.eid-al-fitr",
        "islamic.eid-al-adha", "islamic.ashura", "jewish.yom-kippur", "il.yom-hashoah",
        "jewish.tisha-bav", "in.diwali", "in.holi", "cn.lunar-new-year", "cn.qingming",
        "mx.dia-de-muertos", "nz.christchurch-mosque-attacks", "us.sandy-hook", "us.columbine",
        "global.international-womens-day", "global.world-aids-day")) {
      assertThat(CAL.observance(id)).as(id).isPresent();
    }
  }

  /** Every observance's examples, one test each (they are also checked when the data loads). */
  @TestFactory
  Stream<DynamicTest> everyObservanceFallsOnItsExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Observance o : CAL.observances()) {
      tests.add(dynamicTest(o.id() + " " + o.examples(), () -> {
        assertThat(o.examples()).as(o.where()).isNotEmpty();
        o.examples().forEach((year, dates) -> assertThat(o.spans(year).stream()
            .map(DateSpan::start).toList()).as(o.where() + " " + year).isEqualTo(dates));
      }));
    }
    return tests.stream();
  }

  @Test
  void everyObservanceIsDatedInEveryYearItsTablesCover() {
    for (Observance o : CAL.observances()) {
      // Imported tables (date-holidays' and python-holidays' own lists) may stop before 2035,
      // where their source has no gazette yet; hand-written ones do not.
      boolean imported = o.source().startsWith("date-holidays")
          || o.source().startsWith("python-holidays");
      int last = o.schedule().rule() instanceof DateRule.Table t && imported
          ? Math.min(2035, t.years().lastKey()) : 2035;
      int first = Math.max(2024, o.anniversary().map(a -> a.year()).orElse(2024));
      for (int y = first; y <= last; y++) {
        List<DateSpan> spans = o.spans(y);
        assertThat(spans).as("%s in %d", o.id(), y).hasSizeBetween(1, 2);
        for (DateSpan s : spans) {
          assertThat(s.start().getYear()).as("%s in %d", o.id(), y).isEqualTo(y);
          assertThat(s.end()).isAfterOrEqualTo(s.start());
        }
      }
    }
  }

  @Test
  void anAnniversaryIsNothingBeforeItsEvent() {
    Observance nice = CAL.observances().stream()
        .filter(o -> o.name().startsWith("Nice truck attack")).findFirst().orElseThrow();
    assertThat(nice.spans(2011)).isEmpty();
    assertThat(nice.spans(2016)).isNotEmpty();
    assertThat(nice.spans(2027)).isNotEmpty();
  }

  @Test
  void aTableIsAnErrorOutsideItsYears() {
    Observance diwali = CAL.observance("in.diwali").orElseThrow();
    assertThatThrownBy(() -> diwali.spans(2040))
        .isInstanceOf(HashvetException.class)
        .hasMessage("dates: Diwali is tabled for 2024-2035 only; 2040 is outside it")
        .satisfies(e -> assertThat(((HashvetException) e).exitCode()).isEqualTo(2));
    assertThat(CAL.undated("IN", 2040)).extracting(u -> u.observance().id())
        .containsExactlyInAnyOrder(
            "buddhist.buddha-purnima", "in.diwali", "in.holi", "in.navratri");
    assertThat(CAL.undatedOn(ZonedDateTime.parse("2040-06-01T12:00:00+05:30"), List.of("IN")))
        .extracting(Undated::message).contains(
            "dates: Diwali is tabled for 2024-2035 only; 2040 is outside it");
    assertThat(CAL.undated("US", 2040)).isEmpty();
  }

  @Test
  void theIndexListsEveryObservanceFile() throws IOException {
    if (!Files.isDirectory(FOLDER)) {
      return;
    }
    Set<String> files = new HashSet<>();
    try (Stream<Path> s = Files.walk(FOLDER)) {
      s.map(p -> FOLDER.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".yml")).forEach(files::add);
    }
    files.remove("zones.yml");
    files.remove("holidays/zones.yml");
    List<String> index = Files.readAllLines(FOLDER.resolve("index.txt")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(index).doesNotHaveDuplicates();
    assertThat(new HashSet<>(index)).isEqualTo(files);
  }

  @Test
  void everyListedZoneIsValidAndInItsCountry() {
    CAL.zones().listed().forEach((region, zone) -> {
      String icuRegion = TimeZone.getRegion(zone.getId());
      assertThat(icuRegion).as("%s -> %s", region, zone).isEqualTo(region);
    });
    CAL.zones().given().forEach((region, zone) ->
        assertThat(TimeZone.getRegion(zone.getId())).as("%s -> %s", region, zone)
            .isEqualTo(region));
    // A market without a zone in the data must have a single zone in ICU's data (the fallback).
    for (Observance o : CAL.observances()) {
      o.regions().stream().filter(r -> !r.equals(Observance.GLOBAL))
          .filter(r -> !CAL.zones().given().containsKey(r)).forEach(r ->
              assertThat(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
                  r, null)).as("%s lists %s, which has no zone in zones.yml", o.id(), r)
                  .hasSize(1));
    }
  }

  @Test
  void everyIsoRegionHasAZone() {
    for (String code : Locale.getISOCountries()) {
      ZoneId z = CAL.zones().zone(code);
      assertThat(z).as(code).isNotNull();
    }
    assertThat(CAL.zones().zone("FJ")).isEqualTo(ZoneId.of("Pacific/Fiji"));
    assertThat(CAL.zones().zone("US")).isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void aLateEveningInNewYorkIsAlreadyTheNextDayInLondon() {
    assertThat(on("2026-09-10T23:30:00-04:00", "US")).doesNotContain("us.911-anniversary@US");
    assertThat(on("2026-09-10T23:30:00-04:00", "GB")).contains("us.911-anniversary@GB");
    assertThat(on("2026-09-11T23:30:00-04:00", "US")).contains("us.911-anniversary@US");
    assertThat(on("2026-09-11T23:30:00-04:00", "GB")).doesNotContain("us.911-anniversary@GB");
  }

  @Test
  void newZealandReachesAnzacDayBeforeAustralia() {
    // 13:30 UTC on 24 April is 01:30 on 25 April in Auckland, 23:30 on 24 April in Sydney.
    assertThat(on("2026-04-24T13:30:00Z", "AU", "NZ")).contains("anzac.anzac-day@NZ")
        .doesNotContain("anzac.anzac-day@AU");
    assertThat(on("2026-04-24T14:30:00Z", "AU", "NZ")).contains("anzac.anzac-day@NZ",
        "anzac.anzac-day@AU");
  }

  @Test
  void daylightSavingIsTheMarketsOwn() {
    // Remembrance Sunday 2026 is 8 November: London is on GMT, so 23:59 UTC on the 7th is still
    // the 7th there, and 00:00 UTC on the 8th is the day.
    assertThat(on("2026-11-07T23:59:00Z", "GB")).doesNotContain("gb.remembrance-sunday@GB");
    assertThat(on("2026-11-08T00:00:00Z", "GB")).contains("gb.remembrance-sunday@GB");
    // Memorial Day 2026 is 25 May: New York is on EDT (UTC-4).
    assertThat(on("2026-05-26T03:59:00Z", "US")).contains("us.memorial-day@US");
    assertThat(on("2026-05-26T04:00:00Z", "US")).doesNotContain("us.memorial-day@US");
  }

  @Test
  void windowsCountTheEveAndMoonSightingDays() {
    // Yom Kippur 2026 is 21 September and begins at sundown on the 20th.
    assertThat(on("2026-09-20T19:00:00+03:00", "IL")).contains("jewish.yom-kippur@IL");
    assertThat(on("2026-09-19T19:00:00+03:00", "IL")).doesNotContain("jewish.yom-kippur@IL");
    // Eid al-Fitr 2026 is 20 March (Umm al-Qura) and lasts 3 days; a day either side counts.
    assertThat(on("2026-03-19T12:00:00+05:00", "PK")).contains("islamic.eid-al-fitr@PK");
    assertThat(on("2026-03-23T12:00:00+05:00", "PK")).contains("islamic.eid-al-fitr@PK");
    assertThat(on("2026-03-24T12:00:00+05:00", "PK")).doesNotContain("islamic.eid-al-fitr@PK");
  }

  @Test
  void ramadanAcrossTheNewYearIsFoundFromEitherSide() {
    // Ramadan 2030 starts on 26 December 2030 and runs into January 2031.
    assertThat(on("2031-01-10T12:00:00+03:00", "SA")).contains("islamic.ramadan@SA");
    Occurrence o = CAL.on(ZonedDateTime.parse("2031-01-10T12:00:00+03:00"), List.of("SA"))
        .stream().filter(x -> x.observance().id().equals("islamic.ramadan")).findFirst()
        .orElseThrow();
    assertThat(o.start()).isEqualTo("2030-12-26");
    assertThat(o.phase(LocalDate.of(2031, 1, 10))).isEqualTo("the day itself");
    assertThat(CAL.year("SA", 2031)).extracting(x -> x.observance().id() + " " + x.start())
        .contains("islamic.ramadan 2030-12-26", "islamic.ramadan 2031-12-16");
  }

  @Test
  void aGlobalPostIsCheckedInEveryMarketThatKeepsTheObservance() {
    List<String> found = on("2026-04-25T10:00:00+10:00");
    assertThat(found).contains("anzac.anzac-day@AU", "anzac.anzac-day@NZ");
    List<String> kristallnacht = on("2026-11-09T12:00:00Z");
    assertThat(kristallnacht).contains("global.kristallnacht@DE", "global.kristallnacht@US");
  }

  @Test
  void momentsAreInTheirOwnZoneOrLocal() {
    Occurrence tohoku = CAL.on(ZonedDateTime.parse("2026-03-11T12:00:00+09:00"), List.of("JP"))
        .stream().filter(x -> x.observance().id().equals("jp.tohoku-earthquake")).findFirst()
        .orElseThrow();
    assertThat(tohoku.moment()).contains(ZonedDateTime.parse("2026-03-11T14:46:00+09:00[Asia/Tokyo]"));
    Occurrence poppy = CAL.on(ZonedDateTime.parse("2026-11-11T12:00:00+13:00"), List.of("NZ"))
        .stream().filter(x -> x.observance().id().equals("commonwealth.remembrance-day"))
        .findFirst().orElseThrow();
    assertThat(poppy.moment().orElseThrow().getZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
    assertThat(poppy.moment().orElseThrow().toLocalTime()).hasToString("11:00");
  }

  @Test
  void aYearListingIsSortedAndIncludesGlobalObservances() {
    List<Occurrence> in2027 = CAL.year("IN", 2027);
    assertThat(in2027).extracting(o -> o.observance().id())
        .contains("in.diwali", "in.holi", "global.international-womens-day",
            "us.911-anniversary")
        .doesNotContain("us.memorial-day");
    assertThat(in2027).isSortedAccordingTo(java.util.Comparator.comparing(Occurrence::start));
    assertThat(in2027).filteredOn(o -> o.observance().id().equals("in.diwali"))
        .singleElement().satisfies(o -> assertThat(o.start()).isEqualTo("2027-10-29"));
    assertThat(CAL.year("global", 2026)).hasSizeGreaterThanOrEqualTo(CAL.observances().size());
  }

  @Test
  void importedHolidaysReachPostsForTheirMarketOnly() {
    // Bangladesh's Independence Day (date-holidays, 26 March).
    assertThat(on("2027-03-26T10:00:00+06:00", "BD")).contains("bd.independence-day@BD");
    assertThat(on("2027-03-26T10:00:00+06:00", "IN")).doesNotContain("bd.independence-day@BD");
    // A global post is checked against the curated calendar only.
    assertThat(on("2027-03-26T10:00:00+06:00")).noneMatch(s -> s.startsWith("bd.independence"));
    assertThat(CAL.observance("bd.independence-day")).get()
        .satisfies(o -> assertThat(o.source()).startsWith("date-holidays 3.37.0: BD"));
    // Where the curated anniversaries have a day, the import leaves it to them.
    assertThat(CAL.observance("bd.language-martyrs-day")).get()
        .satisfies(o -> assertThat(o.source()).doesNotStartWith("date-holidays"));
    assertThat(CAL.year("BD", 2027)).extracting(o -> o.observance().id())
        .contains("bd.language-martyrs-day", "bd.independence-day", "islamic.eid-al-fitr");
    assertThat(CAL.regions()).hasSizeGreaterThanOrEqualTo(190);
  }

  @Test
  void indiaListsRamadanAndTheEids() {
    assertThat(CAL.year("IN", 2027)).extracting(o -> o.observance().id())
        .contains("islamic.ramadan", "islamic.eid-al-fitr", "islamic.eid-al-adha");
  }

  @Test
  void idsAreUniqueAcrossCuratedAndImportedFiles() {
    List<String> ids = CAL.observances().stream().map(Observance::id).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(2000);
  }
}
