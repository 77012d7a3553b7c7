package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The VADER scorer against the compound scores the reference implementation prints for its own demo
 * sentences (vaderSentiment's README and the vader-sentiment npm port agree on all but the four
 * marked, where the Python original is followed: capitalised negations, "no"/"but" handling,
 * "without a doubt", "never so").
 */
class ToneClassifierVaderTest {
  private static final ToneVader VADER = ToneVader.load();

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "VADER is smart, handsome, and funny.|0.8316",
        "VADER is smart, handsome, and funny!|0.8439",
        "VADER is very smart, handsome, and funny.|0.8545",
        "VADER is VERY SMART, handsome, and FUNNY.|0.9227",
        "VADER is VERY SMART, handsome, and FUNNY!!!|0.9342",
        "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!|0.9469",
        "VADER is not smart, handsome, nor funny.|-0.7424",
        "The book was good.|0.4404",
        "At least it isn't a horrible book.|0.431",
        "The book was only kind of good.|0.3832",
        "The plot was good, but the characters are uncompelling and the dialog is not"
            + " great.|-0.7042",
        "Today SUX!|-0.5461",
        "Make sure you :) or :D today!|0.8633",
        "Sentiment analysis has never been good.|-0.3412",
        "Sentiment analysis has never been this good!|0.5672",
        "Most automated sentiment analysis tools are shit.|-0.5574",
        "With VADER, sentiment analysis is the shit!|0.6476",
        "Other sentiment analysis tools can be quite bad.|-0.5849",
        "On the other hand, VADER is quite bad ass|0.802",
        "Roger Dodger is one of the most compelling variations on this theme.|0.2944",
        "Roger Dodger is at least compelling as a variation on the theme.|0.2263",
        "Roger Dodger is one of the least compelling variations on this theme.|-0.1695",
        // Python original, where the npm port differs:
        "Today only kinda sux! But I'll get by, lol|0.5249",
        "Not bad at all|0.431",
        "Without a doubt, excellent idea.|0.7013",
        "He is never so happy as when he works|0.7702",
      })
  void matchesReferenceCompound(String text, double compound) {
    assertThat(VADER.score(text).compound()).isEqualTo(compound);
  }

  @Test
  void lexiconIsTheFullVaderLexicon() {
    // 7,517 lines; 14 tokens are listed twice.
    assertThat(VADER.size()).isEqualTo(7517 - 14);
  }

  @Test
  void boosterRaisesAndDampenerLowers() {
    double plain = VADER.score("the food was good").compound();
    assertThat(VADER.score("the food was very good").compound()).isGreaterThan(plain);
    assertThat(VADER.score("the food was slightly good").compound()).isLessThan(plain);
    assertThat(VADER.score("the food was kind of good").compound()).isLessThan(plain);
  }

  @Test
  void negationFlipsWithinThreeWords() {
    assertThat(VADER.score("not good").compound()).isNegative();
    assertThat(VADER.score("not really very good").compound()).isNegative();
    assertThat(VADER.score("don't think it's good").compound()).isNegative();
    assertThat(VADER.score("not that I care, the food was good").compound()).isPositive();
  }

  @Test
  void noNegatesTheNextWordInsteadOfCountingItself() {
    assertThat(VADER.score("no problem").compound()).isPositive();
    assertThat(VADER.score("no").compound()).isNegative();
  }

  @Test
  void butWeighsTheSecondClauseMore() {
    // good 1.9, bad -2.5: halved before "but", half again after it, then normalised.
    assertThat(VADER.score("good but bad").compound())
        .isEqualTo(ToneVader.round4(ToneVader.normalize(1.9 * 0.5 - 2.5 * 1.5)))
        .isEqualTo(-0.5859);
    assertThat(VADER.score("bad but good").compound())
        .isEqualTo(ToneVader.round4(ToneVader.normalize(-2.5 * 0.5 + 1.9 * 1.5)))
        .isEqualTo(0.3818);
  }

  @Test
  void capitalsEmphasiseOnlyWhenOtherWordsAreNot() {
    double lower = VADER.score("this is great").compound();
    assertThat(VADER.score("this is GREAT").compound()).isGreaterThan(lower);
    // All capitals is shouting, not emphasis: same as all lower case.
    assertThat(VADER.score("THIS IS GREAT").compound()).isEqualTo(lower);
  }

  @Test
  void exclamationMarksAddUpToFour() {
    double one = VADER.score("great!").compound();
    double four = VADER.score("great!!!!").compound();
    assertThat(four).isGreaterThan(one);
    assertThat(VADER.score("great!!!!!!!!").compound()).isEqualTo(four);
  }

  @Test
  void mentionsAndLinksCarryNoSentiment() {
    assertThat(VADER.score("@happy https://good.example/love www.nice.example").compound())
        .isZero();
    assertThat(VADER.score("#blessed").compound()).isPositive();
  }

  @Test
  void wordlessTextScoresZero() {
    assertThat(VADER.score("").compound()).isZero();
    assertThat(VADER.score(" \t\n ").compound()).isZero();
    assertThat(VADER.score("!!! ... ???").compound()).isZero();
  }

  @Test
  void isUpperFollowsPython() {
    assertThat(ToneVader.isUpper("GREAT")).isTrue();
    assertThat(ToneVader.isUpper("I'M")).isTrue();
    assertThat(ToneVader.isUpper(":)")).isFalse();
    assertThat(ToneVader.isUpper("Great")).isFalse();
    assertThat(ToneVader.isUpper("ÜBER")).isTrue();
  }

  @Test
  void readLexiconKeepsLastOfRepeatedTokens() throws Exception {
    String tsv = "lol\t2.9\t0.5\t[1]\nlol\t1.8\n\n:)\t2.0\n";
    Map<String, Double> lex =
        ToneVader.readLexicon(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    assertThat(lex).containsExactlyInAnyOrderEntriesOf(Map.of("lol", 1.8, ":)", 2.0));
  }

  @Test
  void readLexiconRejectsMalformedLine() {
    String tsv = "good\t1.9\nbroken line\n";
    assertThatThrownBy(
            () ->
                ToneVader.readLexicon(
                    new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining(":2: bad lexicon line");
  }
}
