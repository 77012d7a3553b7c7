package dev.hashvet.vet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.TestBooks;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Sample;
import dev.hashvet.fetch.SampleContextProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same text flips with its context, through the whole pipeline. */
class ContextFlipTest {
  private static final Pipeline PIPELINE = TestBooks.pipeline(List.of());
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static final ZonedDateTime AT = ZonedDateTime.parse("2026-11-20T15:00:00-05:00");

  private static VetResult vet(String text, String... posts) {
    List<Post> sample = new ArrayList<>();
    for (int i = 0; i < posts.length; i++) {
      sample.add(Post.builder("test", "p" + i)
          .url("https://example.test/p" + i)
          .lang("en")
          .author("user" + i)
          .followers(100)
          .likes(1)
          .reposts(0)
          .replies(0)
          .text(posts[i])
          .build());
    }
    SampleContextProvider provider = new SampleContextProvider(
        new Sample("", "", List.of(), sample, List.of()), "test");
    return PIPELINE.vetter(ContextPlan.sample(provider), List.of(), CLOCK)
        .vet(new Submission(text, AT, List.of("US"), List.of()));
  }

  @Test
  void notGuilty() {
    String tweet = "Who's #notguilty about eating all the tasty treats they want?!";
    assertThat(vet(tweet,
        "Casey Anthony found #notguilty. The jury got it wrong.",
        "I can't believe the verdict #notguilty",
        "She got away with murder #notguilty",
        "The jury acquitted her #notguilty",
        "Prosecutors failed Caylee #notguilty",
        "Justice for Caylee #notguilty").verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(vet(tweet,
        "Ate a whole pizza and feel #notguilty",
        "Dessert first tonight #notguilty",
        "Cheat day done right #notguilty",
        "Second helping of cake #notguilty",
        "Ice cream for breakfast #notguilty").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void aurora() {
    String post = "Love this #Aurora style, shop the dress now";
    VetResult shooting = vet(post,
        "Praying for the victims of the Aurora theater shooting #Aurora",
        "12 dead, a gunman opened fire at the midnight screening #Aurora",
        "RIP to everyone we lost tonight #Aurora",
        "Candlelight vigil tonight for the victims #Aurora",
        "The shooter has been identified #Aurora",
        "Donate blood for the wounded #Aurora");
    assertThat(shooting.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(shooting.findings().get(0).rule()).isEqualTo("context.tragedy");
    assertThat(vet(post,
        "Northern lights were incredible last night #Aurora",
        "Caught the #Aurora over the lake, green and purple",
        "Best aurora forecast in years #Aurora",
        "Long exposure of the #Aurora from Tromso",
        "My first #Aurora photo!").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void sandy() {
    String post = "Cozy up with our #Sandy candle collection";
    assertThat(vet(post,
        "Flooding in lower Manhattan, stay safe #Sandy",
        "Power outage across the coast, thousands evacuated #Sandy",
        "Hurricane makes landfall near Atlantic City #Sandy",
        "Storm surge is terrifying #Sandy",
        "Evacuation orders in effect #Sandy").verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(vet(post,
        "Sandy toes and sunny days #Sandy",
        "Beach day with my dog #Sandy",
        "Happy birthday to our friend #Sandy",
        "Sandy blonde hair inspiration #Sandy",
        "Lunch at the diner #Sandy").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void whyIStayed() {
    VetResult r = vet("#WhyIStayed You had pizza.",
        "He said he would kill me if I left #WhyIStayed",
        "I had nowhere to go. The abuse got worse #WhyIStayed",
        "He told me no one else would love me #WhyIStayed #DomesticViolence",
        "I thought the abuse was my fault #WhyIStayed",
        "Survivors, you are not alone #WhyIStayed");
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).anyMatch(f -> f.rule().equals("context.abuse"));
  }

  @Test
  void aPlainPostWithoutContextTagsStillVets() {
    VetResult r = vet("Fresh bread every morning", "Bread is life", "Sourdough day", "Toast",
        "Croissants", "Bagels");
    assertThat(r.vetted()).isTrue();
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
  }
}
