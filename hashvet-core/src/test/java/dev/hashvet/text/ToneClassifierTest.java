package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ToneClassifierTest {
  private static final ToneClassifier TONE = ToneClassifier.standard();

  /** Real-looking posts from the streams hashvet samples, with the tone a reader would give. */
  static List<Arguments> posts() {
    return List.of(
        // #notguilty, July 2011: verdict reactions...
        post("She got away with murder. Justice for Caylee.", Tone.ANGER),
        post(
            "Casey Anthony found #notguilty. I can't believe this. The jury is a joke", Tone.ANGER),
        post(
            "Not guilty?! Are you kidding me? That jury should be ashamed. #CaseyAnthony",
            Tone.ANGER),
        post("This verdict is DISGUSTING. Shame on that jury!", Tone.ANGER),
        post("No justice in this country. Sick and tired of it.", Tone.ANGER),
        post("Anyone else outraged by this verdict?? #JusticeForCaylee", Tone.ANGER),
        post("Shame on you @CNN for the coverage. Disgusting.", Tone.ANGER),
        post("Rest in peace Caylee, you were loved", Tone.GRIEF),
        // ...and the diet chatter that used the tag before and after.
        post("Ate all the cookies and I'm #notguilty lol", Tone.POSITIVE),
        post("Second slice of cheesecake and I'm #notguilty haha 😂", Tone.POSITIVE),
        post("New blog post: 10 tips for a guilt-free holiday #notguilty", Tone.POSITIVE),
        post("#notguilty", Tone.NEUTRAL),
        // Grief.
        post("RIP to the victims of the Aurora shooting", Tone.GRIEF),
        post("Thoughts and prayers with the families in Aurora tonight", Tone.GRIEF),
        post("Gone too soon. Amy Winehouse 1983-2011 #RIP", Tone.GRIEF),
        post("My condolences to everyone in Norway 🙏", Tone.GRIEF),
        post("So sad to hear about the passing of my favourite author. RIP", Tone.GRIEF),
        post("RIP my diet, ate the whole cake lol", Tone.POSITIVE),
        // Northern lights excitement.
        post("The northern lights tonight were absolutely amazing!!! 😍", Tone.POSITIVE),
        post(
            "Just saw the aurora borealis for the first time, best night of my life"
                + " #northernlights",
            Tone.POSITIVE),
        post("Aurora forecast says Kp 7 tonight, fingers crossed for clear skies!", Tone.POSITIVE),
        // Hurricane fear, and hurricane fun.
        post("Hurricane Irene is coming straight for us and I'm terrified", Tone.FEAR),
        post("Mandatory evacuation for Zone A. Stay safe everyone #Irene", Tone.FEAR),
        post("Praying for everyone in the path of Hurricane Sandy", Tone.FEAR),
        post(
            "Stocked up on water and batteries, hope the storm misses us. Scared for my"
                + " grandparents on the coast.",
            Tone.FEAR),
        post("Earthquake just now?? Everything was shaking, so scary", Tone.FEAR),
        post("Hurricane party tonight, bring snacks!", Tone.POSITIVE),
        post("Stay safe and have an amazing night out, love you all!!", Tone.POSITIVE),
        // Negation.
        post("This movie is not good", Tone.NEGATIVE),
        post("This movie is not bad at all", Tone.POSITIVE),
        post("I'm not scared of storms, I love them!", Tone.POSITIVE),
        post("Not happy with this update at all", Tone.NEGATIVE),
        post("I'm not angry, just a little disappointed", Tone.NEUTRAL),
        // Emphasis: capitals, exclamation marks, boosters, "but".
        post("I HATE Mondays", Tone.NEGATIVE),
        post("Worst. Customer service. Ever!!!", Tone.NEGATIVE),
        post("I'm so happy for you!!! Congratulations", Tone.POSITIVE),
        post("The service was GREAT but the food was terrible", Tone.NEGATIVE),
        post("The food was terrible but the service was GREAT", Tone.POSITIVE),
        // Emoji and emoticons: VADER knows emoticons, not emoji.
        post("😂😂😂", Tone.NEUTRAL),
        post("🌌✨🙌", Tone.NEUTRAL),
        post("see you there :)", Tone.POSITIVE),
        post("missed the bus again :(", Tone.NEGATIVE),
        // Empty and bare.
        post("", Tone.NEUTRAL),
        post("   ", Tone.NEUTRAL),
        post("Meeting moved to 3pm, room 4B", Tone.NEUTRAL),
        post("https://example.com/a/b?c=d @someone", Tone.NEUTRAL));
  }

  private static Arguments post(String text, Tone tone) {
    return Arguments.of(text, tone);
  }

  @ParameterizedTest(name = "[{index}] {1}: {0}")
  @MethodSource("posts")
  void classifiesPost(String text, Tone expected) {
    assertThat(TONE.classify(text)).as("%s", TONE.score(text)).isEqualTo(expected);
  }

  @Test
  void tableIsLargeAndCoversEveryTone() {
    List<Arguments> posts = posts();
    assertThat(posts).hasSizeGreaterThanOrEqualTo(30);
    assertThat(posts.stream().map(a -> (Tone) a.get()[1]).distinct())
        .containsExactlyInAnyOrder(Tone.values());
  }

  @Test
  void emotionCuesNameTheWordsThatDecided() {
    ToneScore s = TONE.score("She got away with murder. Justice for Caylee.");
    assertThat(s.tone()).isEqualTo(Tone.ANGER);
    assertThat(s.cues()).containsExactly("got away with murder", "justice for");
    assertThat(s.compound()).isNegative();
  }

  @Test
  void griefWinsOverWarmWording() {
    ToneScore s = TONE.score("Rest in peace Caylee, you were loved");
    assertThat(s.tone()).isEqualTo(Tone.GRIEF);
    assertThat(s.compound()).isGreaterThan(0.5);
    assertThat(s.cues()).containsExactly("rest in peace");
  }

  @Test
  void runTogetherHashtagMatchesMultiWordTerm() {
    assertThat(TONE.score("Amy Winehouse #RestInPeace").cues()).containsExactly("restinpeace");
    assertThat(TONE.classify("hurricane coming #stay_safe")).isEqualTo(Tone.FEAR);
  }

  @Test
  void sentimentCuesAreTheWordsPullingThatWay() {
    ToneScore s = TONE.score("The food was terrible but the service was GREAT");
    assertThat(s.tone()).isEqualTo(Tone.POSITIVE);
    assertThat(s.cues()).containsExactly("great");
    ToneScore neg = TONE.score("This is the worst day ever");
    assertThat(neg.cues()).containsExactly("worst");
  }

  @Test
  void sentimentCuesAreCappedToTheStrongest() {
    ToneScore s = TONE.score("good nice fine great love wonderful happy sweet okay cool");
    assertThat(s.tone()).isEqualTo(Tone.POSITIVE);
    assertThat(s.cues()).hasSize(ToneClassifier.MAX_CUES).contains("love", "wonderful");
    assertThat(s.cues()).doesNotContain("okay", "fine");
  }

  @Test
  void neutralHasNoCues() {
    ToneScore s = TONE.score("Meeting moved to 3pm, room 4B");
    assertThat(s).isEqualTo(new ToneScore(Tone.NEUTRAL, 0.0, List.of()));
  }

  @Test
  void emptyTextIsNeutralWithZeroCompound() {
    assertThat(TONE.score("")).isEqualTo(new ToneScore(Tone.NEUTRAL, 0.0, List.of()));
  }

  @Test
  void tagReadingsAddEmotionCues() {
    String text = "Still can't sleep. #JusticeForCaylee";
    assertThat(TONE.classify(text)).isNotEqualTo(Tone.ANGER);
    ToneScore s = TONE.score(text, List.of("justice for caylee"));
    assertThat(s.tone()).isEqualTo(Tone.ANGER);
    assertThat(s.cues()).containsExactly("justice for");
    assertThat(s.compound()).isEqualTo(TONE.score(text).compound());
  }

  @Test
  void repeatedTermCountsOnce() {
    // "scared" is weak: saying it three times is still one weak cue, not fear.
    assertThat(TONE.classify("scared scared scared")).isEqualTo(Tone.NEGATIVE);
  }

  @Test
  void tieGoesToTheMoreAlarmingTone() {
    // One strong grief cue and one strong anger cue: grief comes first in Tone's order.
    assertThat(TONE.classify("Condolences to the family. Unacceptable.")).isEqualTo(Tone.GRIEF);
  }

  @Test
  void strongerEmotionWinsOverTheTieOrder() {
    ToneScore s = TONE.score("RIP Caylee. Shame on that jury, disgusting, no justice");
    assertThat(s.tone()).isEqualTo(Tone.ANGER);
  }

  @Test
  void figurativeFearInHappyPostYieldsButRealFearDoesNot() {
    assertThat(TONE.classify("Stay safe and have an amazing night out, love you all!!"))
        .isEqualTo(Tone.POSITIVE);
    assertThat(TONE.classify("Hurricane warning tonight. Stay safe, love you all!"))
        .isEqualTo(Tone.FEAR);
  }

  @Test
  void wordsMatchWholeNeverInsideOtherWords() {
    // "trip", "grip" and "ripe" contain the grief term "rip"; only whole words count.
    assertThat(TONE.classify("Great trip, ripe mangoes and a good grip on surfing"))
        .isEqualTo(Tone.POSITIVE);
    assertThat(TONE.score("Great trip, ripe mangoes").cues()).doesNotContain("rip");
  }

  @Test
  void foldsCaseWidthAndApostrophes() {
    assertThat(TONE.classify("ＲＩＰ legend")).isEqualTo(Tone.GRIEF);
    assertThat(TONE.classify("I’m not scared")).isNotEqualTo(Tone.FEAR);
    assertThat(TONE.score("It isn’t good").compound())
        .isEqualTo(TONE.score("It isn't good").compound());
  }

  @Test
  void compoundStaysInRange() {
    ToneScore high = TONE.score("GREAT GREAT AMAZING love love love best best wonderful!!!!!!");
    ToneScore low = TONE.score("worst worst horrible hate hate murder kill kill!!!!!!");
    ToneScore flood = TONE.score("love ".repeat(500) + "!".repeat(50));
    assertThat(high.compound()).isBetween(0.95, 1.0);
    assertThat(low.compound()).isBetween(-1.0, -0.95);
    assertThat(flood.compound()).isBetween(0.99, 1.0);
  }

  @Test
  void concurrentCallsAgreeWithSequentialOnes() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Arguments a : posts()) {
      texts.add((String) a.get()[0]);
    }
    List<ToneScore> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(TONE.score(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ToneScore>>> runs = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        runs.add(
            pool.submit(
                () -> {
                  List<ToneScore> out = new ArrayList<>();
                  for (String t : texts) {
                    out.add(TONE.score(t));
                  }
                  return out;
                }));
      }
      for (Future<List<ToneScore>> run : runs) {
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void standardIsSharedAndNewInstancesAgree() {
    assertThat(ToneClassifier.standard()).isSameAs(ToneClassifier.standard());
    String text = "Mandatory evacuation for Zone A. Stay safe everyone #Irene";
    assertThat(new ToneClassifier().score(text)).isEqualTo(TONE.score(text));
  }
}
