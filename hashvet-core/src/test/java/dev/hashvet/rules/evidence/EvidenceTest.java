package dev.hashvet.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.context.LiveSignals.Headline;
import dev.hashvet.rules.dates.Window;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each kind of evidence writes the JSON object the reports have always shown: keys, order, types. */
class EvidenceTest {
  private static final ListTerm SWEAR =
      new ListTerm("damn", "profanity", "en", Optional.empty(), Optional.empty());
  private static final ListTerm AMBIGUOUS =
      new ListTerm("shot", "violence", "en", Optional.of("unclear"), Optional.of("vaccine"));

  @Test
  void aTextSpanWritesWhereItIsAndTheTermItMatched() {
    assertThat(Shape.of(new TextSpan("damn", 4, 8, Optional.of(SWEAR))))
        .containsExactly(entry("in", "text"), entry("span", "damn"), entry("start", 4L),
            entry("end", 8L), entry("term", "damn"), entry("list", "profanity"),
            entry("lang", "en"));
    assertThat(Shape.of(new TextSpan("d4mn", 0, 4, Optional.empty())).keySet())
        .containsExactly("in", "span", "start", "end");
    assertThat(Shape.of(new TextSpan("shot", 0, 4, Optional.of(AMBIGUOUS))).keySet())
        .endsWith("lang", "sense", "cue");
  }

  @Test
  void aTagSpanWritesTheTagAndItsReading() {
    assertThat(Shape.of(new TagSpan("damnday", "damn day", "damn", Optional.of(SWEAR))))
        .containsExactly(entry("in", "tag"), entry("tag", "damnday"), entry("reading", "damn day"),
            entry("span", "damn"), entry("term", "damn"), entry("list", "profanity"),
            entry("lang", "en"));
  }

  @Test
  void aRiskyReadingWritesBothReadingsAndTheCostAsADecimal() {
    assertThat(Shape.of(new RiskyReading("penisland", "pen island", "penis land",
        List.of("penis"), List.of("adult"), 1.0)))
        .containsExactly(entry("in", "tag_reading"), entry("tag", "penisland"),
            entry("best", "pen island"), entry("risky_reading", "penis land"),
            entry("risky_words", List.of("penis")), entry("risk_categories", List.of("adult")),
            entry("cost", 1.0));
  }

  @Test
  void anEvasionWritesItsTrick() {
    assertThat(Shape.of(new Evasion("zero_width", "sale", "invisible 1 character: U+200B",
        "sale")).keySet()).containsExactly("kind", "in", "detail", "reads_as");
  }

  @Test
  void aContextShareWritesItsExamplesWithTheirKnownFieldsOnly() {
    Map<String, Integer> tones = new LinkedHashMap<>();
    tones.put("anger", 3);
    tones.put("neutral", 1);
    ContextShare c = new ContextShare(0.75, 4, 10, List.of("jury"), tones, 3, List.of(),
        List.of(new ContextShare.Example("guilty!", "mastodon", "", "", -1, "anger", 1),
            new ContextShare.Example("verdict", "bluesky", "https://b/1", "ann", 50, "neutral",
                2)));
    Map<String, Object> shape = Shape.of(c);
    assertThat(shape.keySet())
        .containsExactly("share", "posts", "sampled", "terms", "tones", "authors", "examples");
    assertThat(shape.get("tones")).isEqualTo(Map.of("anger", 3L, "neutral", 1L));
    assertThat(Shape.of(c.examples().get(0)).keySet()).containsExactly("text", "source", "tone");
    assertThat(Shape.of(c.examples().get(1)).keySet())
        .containsExactly("text", "source", "url", "author", "followers", "tone", "copies");
    ContextShare adjusted = new ContextShare(0.75, 4, 10, List.of(), tones, 1,
        List.of("lowered: only 1 account(s) post this way"), List.of());
    assertThat(Shape.of(adjusted).keySet()).containsSubsequence("authors", "adjusted", "examples");
  }

  @Test
  void signalsWriteTheirOwnFields() {
    Map<String, Long> days = new LinkedHashMap<>();
    days.put("2026-11-22", 4L);
    days.put("2026-11-23", 64L);
    assertThat(Shape.of(new UseSpike(64, 4.0, 16.0, days)))
        .containsExactly(entry("today", 64L), entry("median", 4.0), entry("ratio", 16.0),
            entry("days", Map.of("2026-11-22", 4L, "2026-11-23", 64L)));
    assertThat(Shape.of(new Trending(List.of("mastodon"))))
        .containsExactly(entry("sources", List.of("mastodon")));
    Headline h = new Headline("Jury reaches verdict", "", "news", "");
    assertThat(Shape.of(new HeadlineHit(h, List.of("jury"), List.of("legal"))).keySet())
        .containsExactly("title", "source", "terms", "lists");
    assertThat(Shape.of(new EventHit(h, "verdict", "verdict")).keySet())
        .containsExactly("title", "source", "tag", "reading");
  }

  @Test
  void aDateWritesItsEndOnlyWhenItLastsAndItsYearsWhenItIsAnAnniversary() {
    DateHit oneDay = date("2026-09-11", Optional.empty());
    assertThat(Shape.of(oneDay).keySet()).containsExactly("observance", "name", "kind", "date",
        "region", "regions", "zone", "local", "phase", "window", "promotional", "basis",
        "guidance", "source");
    assertThat(Shape.of(oneDay).get("window")).isEqualTo(Map.of("before", 1L, "after", 0L));
    DateHit anniversary = date("2026-09-12", Optional.of(new DateHit.Years(2001, 25,
        OptionalInt.of(2977), Optional.empty(), List.of("25th anniversary"))));
    assertThat(Shape.of(anniversary).keySet()).containsSequence("date", "end", "region")
        .endsWith("source", "year", "years_since", "toll", "escalation");
    DateHit named = anniversary.named("9/11", List.of("named"), "names the event");
    assertThat(Shape.of(named)).containsEntry("basis", "names the event")
        .containsEntry("escalation", List.of("named"));
    assertThat(Shape.of(named).keySet()).endsWith("escalation", "named");
    assertThat(Shape.of(new UndatedHit("in.diwali", "Diwali", "religious", 2040, "not tabled",
        List.of("IN"), "test")))
        .containsExactly(entry("observance", "in.diwali"), entry("name", "Diwali"),
            entry("kind", "religious"), entry("dated", false), entry("year", 2040L),
            entry("note", "not tabled"), entry("regions", List.of("IN")),
            entry("source", "test"));
  }

  @Test
  void aCombinationWithClashingPartsKeepsBothNumberingTheLaterOnes() {
    Combined c = new Combined(List.of(
        new TextSpan("refugees", 0, 8, Optional.of(
            new ListTerm("refugees", "migration", "en", Optional.empty(), Optional.empty()))),
        new TextSpan("parasites", 13, 22, Optional.of(SWEAR))));
    assertThat(Shape.of(c)).containsExactly(entry("in", "text"), entry("span", "refugees"),
        entry("start", 0L), entry("end", 8L), entry("term", "refugees"),
        entry("list", "migration"), entry("lang", "en"), entry("in_2", "text"),
        entry("span_2", "parasites"), entry("start_2", 13L), entry("end_2", 22L),
        entry("term_2", "damn"), entry("list_2", "profanity"), entry("lang_2", "en"));
    assertThat(c.value("span")).contains("refugees");
    assertThat(c.ownKey(1, "span")).isFalse();
    assertThat(c.parts()).hasSize(2);
  }

  @Test
  void aCombinationOfCombinationsNumbersEachPartOnce() {
    TextSpan a = new TextSpan("a", 0, 1, Optional.empty());
    Combined nested = new Combined(List.of(new Combined(List.of(a, a)), a));
    assertThat(nested.parts()).hasSize(3);
    assertThat(Shape.of(nested).keySet()).contains("span", "span_2", "span_3");
  }

  @Test
  void theRulesMarketsReplaceADatesOwnInPlace() {
    TextSpan text = new TextSpan("beer", 0, 4, Optional.empty());
    assertThat(text.withRegions(List.of("AE"))).isEmpty();
    Combined c = new Combined(List.of(date("2026-03-01", Optional.empty()), text));
    Evidence inMarkets = c.withRegions(List.of("AE", "SA")).orElseThrow();
    List<String> keys = List.copyOf(Shape.of(inMarkets).keySet());
    assertThat(keys.indexOf("regions")).isEqualTo(List.copyOf(Shape.of(c).keySet())
        .indexOf("regions"));
    assertThat(Shape.of(inMarkets).get("regions")).isEqualTo(List.of("AE", "SA"));
  }

  @Test
  void remarksFollowTheEvidenceInTheirOwnOrder() {
    Remarks r = new Remarks(Optional.of("at review"), List.of("other"), List.of("US"),
        Optional.empty()).withSuitability("the brand profile makes it info");
    assertThat(Shape.of(r).keySet()).containsExactly("capped", "also", "regions", "suitability");
    assertThat(Shape.of(Remarks.NONE)).isEmpty();
  }

  @Test
  void fieldTextReadsValuesAsJavaPrintsThemOrInWords() {
    Map<String, Integer> tones = Map.of("anger", 2);
    ContextShare c = new ContextShare(0.5, 2, 4, List.of("jury", "verdict"), tones, 2,
        List.of(), List.of());
    assertThat(FieldText.of(c, FieldText.Form.JAVA)).contains(
        new FieldText.Field("share", "0.5"), new FieldText.Field("terms", "[jury, verdict]"),
        new FieldText.Field("tones", "{anger=2}"), new FieldText.Field("examples", "[]"));
    assertThat(FieldText.of(c, FieldText.Form.WORDS)).contains(
        new FieldText.Field("terms", "jury, verdict"), new FieldText.Field("tones", "anger 2"));
    assertThat(FieldText.javaMap(new Trending(List.of("a", "b")))).isEqualTo("{sources=[a, b]}");
  }

  private static DateHit date(String end, Optional<DateHit.Years> years) {
    return new DateHit("us.911", "September 11", "tragedy", "2026-09-11", end, "US",
        List.of("US"), "America/New_York", "2026-09-11T10:00-04:00", "the day itself",
        new Window(1, 0), Optional.empty(), List.of(), "plain post", "Be careful.", "test", years,
        Optional.empty());
  }

  private static Map.Entry<String, Object> entry(String key, Object value) {
    return Map.entry(key, value);
  }
}
