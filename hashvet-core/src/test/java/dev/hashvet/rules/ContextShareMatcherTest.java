package dev.hashvet.rules;

import dev.hashvet.TestBooks;
import dev.hashvet.YamlDoc;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.rules.evidence.ContextShare;
import dev.hashvet.text.Tone;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Share thresholds, tone and reach adjustments, and the tag's own words not counting. */
class ContextShareMatcherTest {
  private static Matcher matcher() {
    TermLists lists = new TermLists();
    lists.add(YamlDoc.parse("legal.yml", """
        list: legal
        lang: en
        terms: [verdict, jury, acquitted, not guilty]
        """.getBytes(StandardCharsets.UTF_8)));
    YamlDoc doc = YamlDoc.parse("r.yml",
        "m: {lists: [legal], review_at: 0.2, block_at: 0.5, min_posts: 4}".getBytes(StandardCharsets.UTF_8));
    return new ContextShareMatcher(new Spec(doc, "/m", new Spec.Loading(lists, Matchers.standard(TestBooks.calendar()))));
  }

  private static ContextPost post(String author, Tone tone, double weight, String... words) {
    return new ContextPost("t", author + weight, "", author, 10, String.join(" ", words),
        List.of(words), List.of(), tone, weight, 1, List.of());
  }

  private static Subject subject(List<ContextPost> posts, String tagReading) {
    List<dev.hashvet.text.TagReadings> tags = new ArrayList<>();
    if (tagReading != null) {
      List<String> words = List.of(tagReading.split(" "));
      tags.add(new dev.hashvet.text.TagReadings(String.join("", words), String.join("", words),
          List.of(new dev.hashvet.text.Reading(tagReading, words, 0, List.of()))));
    }
    return new Subject("x", "x", List.of(), tags, List.of(), ZonedDateTime.parse("2026-01-01T00:00Z"),
        List.of(), List.of(), new Context(true, posts, LiveSignals.NONE));
  }

  private static Optional<Severity> severity(List<ContextPost> posts, String tag) {
    List<Match> m = matcher().match(subject(posts, tag));
    return m.isEmpty() ? Optional.empty() : m.get(0).severity();
  }

  @Test
  void thresholdsDecideTheSeverity() {
    List<ContextPost> posts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      posts.add(i < 3 ? post("a" + i, Tone.NEUTRAL, 1, "the", "verdict") : post("b" + i, Tone.NEUTRAL, 1, "cake"));
    }
    assertThat(severity(posts, null)).contains(Severity.REVIEW);
    for (int i = 3; i < 6; i++) {
      posts.set(i, post("c" + i, Tone.NEUTRAL, 1, "jury"));
    }
    // Two distinct words, no distress, no headline: a share alone does not block.
    assertThat(severity(posts, null)).contains(Severity.REVIEW);
    posts.set(5, post("c5", Tone.NEUTRAL, 1, "acquitted"));
    assertThat(severity(posts, null)).contains(Severity.BLOCK);
    posts.replaceAll(p -> p.words().contains("cake") ? p : post(p.author(), Tone.NEUTRAL, 1, "cake"));
    assertThat(severity(posts, null)).isEmpty();
  }

  @Test
  void tooFewPostsSayNothing() {
    assertThat(severity(List.of(post("a", Tone.NEUTRAL, 1, "verdict"),
        post("b", Tone.NEUTRAL, 1, "verdict"), post("c", Tone.NEUTRAL, 1, "verdict")), null)).isEmpty();
  }

  @Test
  void theTagsOwnWordsDoNotCount() {
    List<ContextPost> posts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      posts.add(post("a" + i, Tone.ANGER, 1, "ate", "cake", "not", "guilty"));
    }
    assertThat(severity(posts, "not guilty")).isEmpty();
    assertThat(severity(posts, null)).contains(Severity.BLOCK);
  }

  @Test
  void mostlyDistressRaisesAndFewVoicesLower() {
    List<ContextPost> grief = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      grief.add(i < 3 ? post("a" + i, Tone.GRIEF, 1, "verdict") : post("b" + i, Tone.NEUTRAL, 1, "cake"));
    }
    assertThat(severity(grief, null)).contains(Severity.BLOCK);
    List<ContextPost> oneLoud = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      oneLoud.add(i < 6 ? post("loud", Tone.NEUTRAL, 1, "verdict", "jury", "acquitted")
          : post("b" + i, Tone.NEUTRAL, 1, "cake"));
    }
    List<Match> m = matcher().match(subject(oneLoud, null));
    assertThat(m.get(0).severity()).contains(Severity.REVIEW);
    assertThat(m.get(0).evidence()).isInstanceOfSatisfying(ContextShare.class,
        c -> assertThat(c.adjusted()).anySatisfy(a -> assertThat(a).contains("only 1 account")));
  }

  @Test
  void oneViralPostCannotDominate() {
    List<ContextPost> posts = new ArrayList<>();
    posts.add(post("viral", Tone.NEUTRAL, 1 + Math.log1p(100_000), "verdict"));
    for (int i = 0; i < 20; i++) {
      posts.add(post("b" + i, Tone.NEUTRAL, 1, "cake"));
    }
    // 100,000 reactions weigh 12.5 against 20 quiet posts: under review once it is one voice.
    assertThat(severity(posts, null)).contains(Severity.INFO);
    // The same weight spread over distinct voices is a conversation, and is reported.
    List<ContextPost> many = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      many.add(post("v" + i, Tone.NEUTRAL, 1 + Math.log1p(100_000) / 8, "verdict"));
    }
    many.addAll(posts.subList(1, posts.size()));
    assertThat(severity(many, null)).hasValueSatisfying(
        s -> assertThat(s.compareTo(Severity.REVIEW)).isGreaterThanOrEqualTo(0));
  }

  @Test
  void evidenceCarriesExamplesAndShare() {
    List<ContextPost> posts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      posts.add(post("a" + i, Tone.ANGER, 1 + i, "jury", "verdict"));
    }
    Match m = matcher().match(subject(posts, null)).get(0);
    assertThat(m.evidence()).isInstanceOfSatisfying(ContextShare.class, c -> {
      assertThat(c.share()).isEqualTo(1.0);
      assertThat(c.examples()).hasSize(3);
    });
    assertThat(m.vars().get("share")).isEqualTo("100%");
  }
}
