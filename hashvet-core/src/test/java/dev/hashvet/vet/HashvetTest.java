package dev.hashvet.vet;

import dev.hashvet.HashvetException;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.evidence.ContextShare;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library API, used as a library user would: build, vet, read the evidence. */
class HashvetTest {
  private static final Path SAMPLES =
      Path.of(System.getProperty("hashvet.root", ".")).resolve("examples/samples");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2011-07-05T12:00:00Z"), ZoneOffset.UTC);
  private static final Submission TWEET = new Submission(
      "Who's #notguilty about eating all the tasty treats they want?!",
      ZonedDateTime.parse("2011-07-05T15:00:00-04:00"), List.of("US"), List.of());

  @Test
  void vetsWithARecordedSampleAndShowsTheEvidence() {
    try (Hashvet hashvet = Hashvet.builder()
        .sample(SAMPLES.resolve("notguilty-verdict-2011.jsonl"))
        .clock(CLOCK)
        .build()) {
      VetResult r = hashvet.vet(TWEET);
      assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
      assertThat(r.tags()).containsExactly("notguilty");
      assertThat(r.context().mode()).isEqualTo("sample");
      Finding top = r.findings().get(0);
      assertThat(r.finding(top.rule())).contains(top);
      // The evidence is typed: the conversation's share that talks of the verdict.
      assertThat(top.evidence()).isInstanceOfSatisfying(ContextShare.class, c -> {
        assertThat(c.share()).isBetween(0.5, 1.0);
        assertThat(c.posts()).isPositive().isLessThanOrEqualTo(c.sampled());
        assertThat(c.terms()).isNotEmpty();
        assertThat(c.examples()).isNotEmpty();
      });
      assertThat(top.evidence().value("no-such-key")).isEmpty();

      // A second instance shares the loaded pipeline and sees other context.
      try (Hashvet snacks = Hashvet.builder()
          .pipeline(hashvet.pipeline())
          .sample(SAMPLES.resolve("notguilty-snacks-2011.jsonl"))
          .clock(CLOCK)
          .build()) {
        assertThat(snacks.vet(TWEET).verdict()).isEqualTo(Verdict.PASS);
      }
    }
  }

  @Test
  void offlineByDefault() {
    try (Hashvet hashvet = Hashvet.builder().clock(CLOCK).build()) {
      VetResult r = hashvet.vet(TWEET);
      assertThat(r.vetted()).isTrue();
      assertThat(r.context().mode()).isEqualTo("offline");
      assertThatThrownBy(() -> hashvet.vet(new Submission(" ", TWEET.at(), List.of(), List.of())))
          .isInstanceOf(HashvetException.class);
    }
  }
}
