package dev.hashvet.fetch;

import dev.hashvet.context.LiveSignals;

import dev.hashvet.context.Post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCacheTest {
  @TempDir Path dir;

  private final SourceResult answer = SourceResult.answered(
      List.of(Post.builder("mastodon", "1")
          .url("https://social.example/@a/1")
          .createdAt("2026-11-23T11:00:00Z")
          .lang("en")
          .author("a@social.example")
          .followers(10)
          .likes(1)
          .reposts(2)
          .replies(3)
          .text("text")
          .tags(List.of("notguilty"))
          .build()),
      new LiveSignals(List.of(new LiveSignals.DailyUse(LocalDate.of(2026, 11, 23), 5, 2)),
          List.of("social.example"), List.of(), List.of()),
      "1 post", List.of());

  @Test
  void anAnswerRoundTripsWhileFreshAndNotAfter() {
    SampleCache c = new SampleCache(dir, Duration.ofMinutes(10), FakeSources.CLOCK);
    assertThat(c.put("mastodon", "k", FakeSources.QUERY, answer)).isEmpty();
    assertThat(c.get("mastodon", "k", FakeSources.QUERY)).get()
        .extracting(SampleCache.Entry::result).isEqualTo(answer);
    assertThat(c.get("mastodon", "other settings", FakeSources.QUERY)).isEmpty();
    SampleCache later = new SampleCache(dir, Duration.ofMinutes(10),
        Clock.fixed(FakeSources.NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
    assertThat(later.get("mastodon", "k", FakeSources.QUERY)).isEmpty();
  }

  @Test
  void aTornFileIsAMiss() throws Exception {
    SampleCache c = new SampleCache(dir, Duration.ofMinutes(10), FakeSources.CLOCK);
    c.put("mastodon", "k", FakeSources.QUERY, answer);
    try (var files = Files.list(dir.resolve("samples"))) {
      Files.writeString(files.findFirst().orElseThrow(), "{\"version\":1,\"stor");
    }
    assertThat(c.get("mastodon", "k", FakeSources.QUERY)).isEmpty();
  }
}
