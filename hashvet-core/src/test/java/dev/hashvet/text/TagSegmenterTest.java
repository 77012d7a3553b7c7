package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagSegmenterTest {
  private static final TagSegmenter SEGMENTER = new TagSegmenter();

  @ParameterizedTest(name = "#{0} -> {1}")
  @CsvSource({
    "LoveDP, love dp",
    "IPOissues, ipo issues",
    "MondayMotivation, monday motivation",
    "ThrowbackThursday, throwback thursday",
    "NationalDonutDay, national donut day",
    "2020Vision, 2020 vision",
    "susanalbumparty, susan album party",
    "therapistfinder, therapist finder",
    "expertsexchange, experts exchange",
    "whorepresents, who represents",
    "molestationnursery, molestation nursery",
    "Penistone, penistone",
    "Scunthorpe, scunthorpe",
    "cocktail, cocktail",
    "butterfingers, butterfingers",
    "film_club, film club",
    "ＮｏｔＧｕｉｌｔｙ, not guilty",
    "𝐧𝐨𝐭𝐠𝐮𝐢𝐥𝐭𝐲, not guilty"
  })
  void bestReading(String tag, String best) {
    assertThat(SEGMENTER.read(tag).best().text()).isEqualTo(best);
  }

  @Test
  void thatchersReadsEitherWay() {
    assertThat(SEGMENTER.read("#NowThatchersDead").best().text())
        .isIn("now thatchers dead", "now thatcher's dead");
    assertThat(SEGMENTER.read("nowthatchersdead").best().words()).startsWith("now");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "susanalbumparty", "nowthatchersdead", "therapistfinder", "penisland", "expertsexchange",
    "whorepresents", "molestationnursery"
  })
  void riskyReadingIsFound(String tag) {
    TagReadings readings = SEGMENTER.read(tag);
    assertThat(readings.risky()).as("risky readings of #%s", tag).isNotEmpty();
    for (Reading r : readings.risky()) {
      assertThat(r.words()).containsAnyElementsOf(r.risky());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "MondayMotivation", "ThrowbackThursday", "NationalDonutDay", "Scunthorpe", "Penistone",
    "Essex", "classic", "grapes", "assistant", "cocktail", "butterfingers"
  })
  void innocentTagHasNoRiskyReading(String tag) {
    TagReadings readings = SEGMENTER.read(tag);
    assertThat(readings.risky()).as("readings of #%s: %s", tag, readings.readings()).isEmpty();
  }

  @Test
  void susanHidesAnal() {
    TagReadings r = SEGMENTER.read("#susanalbumparty");
    assertThat(r.tag()).isEqualTo("susanalbumparty");
    Reading risky = r.risky().get(0);
    assertThat(risky.risky()).containsExactly("anal");
    assertThat(risky.words()).containsSubsequence("anal", "bum", "party");
    assertThat(risky.cost()).isPositive();
  }

  @Test
  void therapistHidesTheRapist() {
    assertThat(SEGMENTER.read("therapistfinder").risky())
        .extracting(Reading::text)
        .contains("the rapist finder");
  }

  @Test
  void readingsAreRankedFromTheBestAtZero() {
    List<Reading> readings = SEGMENTER.read("expertsexchange").readings();
    assertThat(readings.get(0).cost()).isZero();
    for (int i = 1; i < readings.size(); i++) {
      assertThat(readings.get(i).cost()).isGreaterThanOrEqualTo(readings.get(i - 1).cost());
    }
    assertThat(readings).extracting(Reading::text).doesNotHaveDuplicates();
    assertThat(readings.size()).isBetween(2, 12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"東京", "москва", "café", "트위터"})
  void otherScriptsKeepTheirWords(String tag) {
    TagReadings r = SEGMENTER.read("#" + tag);
    assertThat(r.best().text()).isEqualTo(tag);
    assertThat(r.risky()).isEmpty();
  }

  @Test
  void lookalikeLettersAreReadAsLatin() {
    TagReadings r = SEGMENTER.read("nоtguilty");
    assertThat(r.folded()).isEqualTo("notguilty");
    assertThat(r.best().text()).isEqualTo("not guilty");
  }

  @Test
  void invisibleCharactersAreReadAsWhatShows() {
    TagReadings r = SEGMENTER.read("the\u200Brapist");
    assertThat(r.folded()).isEqualTo("therapist");
    assertThat(r.best().text()).isEqualTo("therapist");
  }

  @Test
  void overlongTagIsNotSearched() {
    String tag = "ab".repeat(TagSegmenter.MAX_LENGTH);
    assertThat(SEGMENTER.read(tag).readings()).extracting(Reading::text).containsExactly(tag);
  }

  @Test
  void emptyTagHasOneEmptyReading() {
    TagReadings r = SEGMENTER.read("#");
    assertThat(r.readings()).hasSize(1);
    assertThat(r.best().words()).isEmpty();
  }

  @Test
  void possessiveRiskWordIsReportedAsTheWord() {
    TagSegmenter s = new TagSegmenter(RiskLexicon.of(Map.of("whore", "profanity")));
    assertThat(s.read("whorespies").readings())
        .flatExtracting(Reading::risky)
        .containsOnly("whore");
  }

  @Test
  void anotherLexiconCanBeUsed() {
    TagSegmenter s = new TagSegmenter(RiskLexicon.of(Map.of("guilty", "legal_proceedings")));
    assertThat(s.read("NotGuilty").best().risky()).containsExactly("guilty");
    assertThat(s.read("cocktail").risky()).isEmpty();
  }

  @Test
  void smallDictionaryShowsTheModel() {
    WordFrequencies f = WordFrequencies.of(Map.of("pen", 50L, "island", 40L, "penis", 10L,
        "land", 60L));
    TagSegmenter s = new TagSegmenter(f, RiskLexicon.of(Map.of("penis", "adult")),
        CostModel.defaults());
    TagReadings r = s.read("penisland");
    assertThat(r.readings()).extracting(Reading::text).contains("pen island", "penis land");
    assertThat(r.risky()).extracting(Reading::text).containsExactly("penis land");
  }
  @ParameterizedTest
  @ValueSource(strings = {"PenIsland", "TherapistFinder", "MoleStationNursery", "WhoRepresents",
      "SusanAlbumParty", "ExpertsExchange"})
  void capitalsThatSplitTheWordsCleanlyAreFollowed(String tag) {
    TagReadings readings = SEGMENTER.read(tag);
    assertThat(readings.risky()).as("readings of #%s: %s", tag, readings.readings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PassTheRedCup", "passtheredcup", "Classof2020", "classof2020",
      "PayItForwardLIVE", "payitforwardlive", "gored", "goredforwomen",
      "breastcancerawarenessmonth", "cyberaware", "assetmanagement", "dataanalytics",
      "sandiego"})
  void readingsWithLeftOverLettersAreNotMade(String tag) {
    TagReadings readings = SEGMENTER.read(tag);
    assertThat(readings.risky()).as("readings of #%s: %s", tag, readings.readings()).isEmpty();
  }

  @Test
  void aRiskWordThatIsMeantHasNoRiskyAlternate() {
    assertThat(SEGMENTER.read("starwars").readings()).extracting(Reading::text)
        .containsExactly("star wars");
    assertThat(SEGMENTER.read("starwarsday").readings()).extracting(Reading::text)
        .containsExactly("star wars day");
  }

  @Test
  void onlyShortWordsTheBenchUsesMayBeFragments() {
    assertThat(TagSegmenter.SHORT_WORDS).contains("a", "i", "go", "my", "of")
        .doesNotContain("p", "d", "cl", "et", "e");
  }

  @Test
  void formsOfTheSameRiskWordAddNoRisk() {
    Reading best = new Reading("star wars", List.of("star", "wars"), 0, List.of("wars"));
    Reading other = new Reading("star war's", List.of("star", "war's"), 8.5, List.of("war"));
    assertThat(TagSegmenter.addsRisk(other, best)).isFalse();
    Reading sex = new Reading("expert sex change", List.of("expert", "sex", "change"), 6, List.of(
        "sex"));
    assertThat(TagSegmenter.addsRisk(sex, best)).isTrue();
  }

  @Test
  void importedSlangMakesRiskyReadings() {
    assertThat(SEGMENTER.read("artstalk").risky()).extracting(Reading::text)
        .containsExactly("art stalk");
    assertThat(SEGMENTER.read("chefarts").risky()).extracting(Reading::text)
        .containsExactly("che farts");
  }

  @Test
  void costOfAGivenReading() {
    assertThat(SEGMENTER.cost("#penisland", List.of("pen", "island")).orElseThrow())
        .isBetween(0.0, 1.0);
    assertThat(SEGMENTER.cost("susanalbumparty", List.of("susan", "album", "party"))
        .orElseThrow()).isZero();
    assertThat(SEGMENTER.cost("susanalbumparty", List.of("sus", "anal", "bum", "party"))
        .orElseThrow()).isGreaterThan(10);
    assertThat(SEGMENTER.cost("susanalbumparty", List.of("susan", "party"))).isEmpty();
  }

  @Test
  void riskMarginGrowsWithBreaksUpToItsCap() {
    CostModel m = CostModel.defaults();
    assertThat(m.riskMargin(0)).isEqualTo(5.0);
    assertThat(m.riskMargin(1)).isEqualTo(12.5);
    assertThat(m.riskMargin(2)).isEqualTo(20.0);
    assertThat(m.riskMargin(5)).isEqualTo(20.0);
  }
}
