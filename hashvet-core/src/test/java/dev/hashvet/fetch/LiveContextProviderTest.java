package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.LiveSignals;

import dev.hashvet.context.Post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import dev.hashvet.config.Config;
import dev.hashvet.config.SourceConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveContextProviderTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(4);

  @Test
  void allFiveSourcesAnswerAndTheirPostsAndSignalsAreMerged() throws Exception {
    try (FakeSources servers = FakeSources.start();
        LiveContextProvider p = servers.provider(TIMEOUT).build()) {
      FetchedContext ctx = p.fetch(FakeSources.QUERY);

      assertThat(ctx.sources()).extracting(SourceReport::id)
          .containsExactly("mastodon", "bluesky", "reddit", "news", "wikipedia");
      assertThat(ctx.sources()).allSatisfy(r -> assertThat(r.status()).isEqualTo(SourceStatus.OK));
      assertThat(ctx.sources()).extracting(SourceReport::posts).containsExactly(3, 2, 2, 0, 0);
      assertThat(ctx.posts()).hasSize(7);
      LiveSignals s = ctx.signals();
      assertThat(s.history()).hasSize(7);
      assertThat(s.history().get(6).uses()).isEqualTo(64);
      assertThat(s.trending()).containsExactly(servers.server("mastodon").url("/").host() + ":"
          + servers.server("mastodon").getPort());
      assertThat(s.headlines()).extracting(LiveSignals.Headline::title)
          .contains("Jury finds defendant not guilty after three-week murder trial");
      assertThat(s.events()).hasSize(1);
      assertThat(ctx.warnings()).isEmpty();
    }
  }

  @Test
  void sendsTheUserAgentOnEveryRequest() throws Exception {
    try (FakeSources servers = FakeSources.start();
        LiveContextProvider p = servers.provider(TIMEOUT).build()) {
      p.fetch(FakeSources.QUERY);
      RecordedRequest r = servers.server("news").takeRequest(1, TimeUnit.SECONDS);
      assertThat(r.getHeaders().get("User-Agent")).isEqualTo(FakeSources.policy().userAgent());
    }
  }

  @Test
  void userAgentNamesHashvetItsVersionAndProject() {
    assertThat(LiveContextProvider.userAgent("1.2.3"))
        .isEqualTo("hashvet/1.2.3 (+https://github.com/hashvet/hashvet)");
  }

  @Test
  void unknownSourceIdIsBadInputNamingTheKnownOnes() {
    assertThatThrownBy(() -> LiveContextProvider.builder(Config.DEFAULT, Map.of(),
            FakeSources.CLOCK).sources(List.of("mastodon,twitter")))
        .isInstanceOf(HashvetException.class)
        .hasMessage("--sources: unknown source 'twitter' (known: mastodon, bluesky, reddit, news,"
            + " wikipedia)")
        .extracting(e -> ((HashvetException) e).exitCode()).isEqualTo(2);
  }

  @Test
  void defaultsSkipBlueskyWithoutCredentialsAndRedditUnlessEnabled() {
    try (LiveContextProvider p =
        LiveContextProvider.builder(Config.DEFAULT, Map.of(), FakeSources.CLOCK).build()) {
      List<SourceInfo> info = p.describe();
      assertThat(info).extracting(SourceInfo::id)
          .containsExactly("mastodon", "bluesky", "reddit", "news", "wikipedia");
      assertThat(info).extracting(SourceInfo::enabled)
          .containsExactly(true, false, false, true, true);
      assertThat(info.get(1).why()).isEqualTo("set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD");
      assertThat(info.get(2).why()).contains("off by default").contains("sources.reddit.enabled");
      assertThat(info.get(0).urls()).containsExactly(
          dev.hashvet.fetch.mastodon.MastodonSource.DEFAULT_INSTANCE);
      assertThat(info.get(1).credentials())
          .containsExactly(Map.entry("BLUESKY_HANDLE", false),
              Map.entry("BLUESKY_APP_PASSWORD", false));
    }
  }

  @Test
  void skippedSourcesAreReportedWithTheirReasonAndNotAsked() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      Config cfg = servers.config();
      Map<String, SourceConfig> m = new java.util.LinkedHashMap<>(cfg.sources());
      m.put("news", new SourceConfig(Optional.of(false), m.get("news").url(), List.of(),
          Optional.empty()));
      Config off = new Config(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(),
          List.of(), m);
      try (LiveContextProvider p = LiveContextProvider.builder(off, Map.of(), FakeSources.CLOCK)
          .timeout(TIMEOUT).httpPolicy(FakeSources.policy()).build()) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.sources()).extracting(SourceReport::status).containsExactly(
            SourceStatus.OK, SourceStatus.SKIPPED, SourceStatus.SKIPPED, SourceStatus.SKIPPED,
            SourceStatus.OK);
        assertThat(ctx.sources().get(1).detail())
            .isEqualTo("set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD");
        assertThat(ctx.sources().get(2).detail()).isEqualTo("set REDDIT_CLIENT_ID and"
            + " REDDIT_CLIENT_SECRET");
        assertThat(ctx.sources().get(3).detail())
            .isEqualTo("disabled in config (sources.news.enabled: false)");
        assertThat(servers.requests("bluesky") + servers.requests("reddit")
            + servers.requests("news")).isZero();
      }
    }
  }

  @Test
  void sourcesOptionSelectsAndOrdersTheSources() throws Exception {
    try (FakeSources servers = FakeSources.start();
        LiveContextProvider p = servers.provider(TIMEOUT)
            .sources(List.of("wikipedia", "news")).build()) {
      FetchedContext ctx = p.fetch(FakeSources.QUERY);
      assertThat(ctx.sources()).extracting(SourceReport::id).containsExactly("wikipedia", "news");
      assertThat(servers.requests("mastodon")).isZero();
    }
  }

  @Test
  void whenNoSourceAnswersNothingIsAnsweredAndEachSaysWhy() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      for (String id : LiveContextProvider.SOURCE_IDS) {
        servers.refuse(id);
      }
      try (LiveContextProvider p = servers.provider(TIMEOUT).build()) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.anyAnswered()).isFalse();
        assertThat(ctx.sources()).allSatisfy(r -> {
          assertThat(r.status()).isEqualTo(SourceStatus.UNAVAILABLE);
          assertThat(r.detail()).contains("connection refused");
        });
      }
    }
  }

  @Test
  void aSourceSlowerThanTheDeadlineIsTimedOutAndTheCheckEndsOnTime() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("wikipedia", FakeSources.json("wikipedia/featured.json").newBuilder()
          .headersDelay(5, TimeUnit.SECONDS).build());
      try (LiveContextProvider p = servers.provider(Duration.ofMillis(1500)).build()) {
        long start = System.nanoTime();
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).isLessThan(2500);
        assertThat(ctx.sources().get(4).status()).isEqualTo(SourceStatus.TIMED_OUT);
        assertThat(ctx.sources().get(4).detail()).contains("1.5 s");
        assertThat(ctx.sources().subList(0, 4))
            .allSatisfy(r -> assertThat(r.status()).isEqualTo(SourceStatus.OK));
      }
    }
  }

  @Test
  void terminalEscapeSequencesInPostsComeOutClean() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("mastodon", FakeSources.json("mastodon/timeline-escapes.json"));
      try (LiveContextProvider p = servers.provider(TIMEOUT).sources(List.of("mastodon"))
          .build()) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.posts()).hasSize(1);
        Post post = ctx.posts().get(0);
        for (String field : List.of(post.text(), post.author(), String.join(" ", post.tags()))) {
          assertThat(field).doesNotContain("\u001b", "\u0007", "\u009b", "\r", "\u202e",
              "[31m", "[0m", "]0;", "[2J", "[1;1H", "[K", "[5m");
        }
        assertThat(post.text()).contains("red alert").contains("cursor").contains("bell")
            .contains("title").doesNotContain("pwned");
        assertThat(post.author()).isEqualTo("evil@" + servers.server("mastodon").url("/").host()
            + ":" + servers.server("mastodon").getPort());
        assertThat(post.tags()).containsExactly("notguilty");
      }
    }
  }

  @Test
  void aSecondIdenticalQueryWithinTheCacheLifetimeAsksNoServer(@TempDir Path cache)
      throws Exception {
    AtomicReference<Instant> now = new AtomicReference<>(FakeSources.NOW);
    Clock clock = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    try (FakeSources servers = FakeSources.start()) {
      try (LiveContextProvider p = LiveContextProvider.builder(servers.config(), FakeSources.ENV,
          clock).timeout(TIMEOUT).httpPolicy(FakeSources.policy()).cacheDir(cache).build()) {
        FetchedContext first = p.fetch(FakeSources.QUERY);
        int asked = servers.totalRequests();
        assertThat(asked).isGreaterThanOrEqualTo(10);

        now.set(FakeSources.NOW.plus(Duration.ofMinutes(9)));
        FetchedContext second = p.fetch(FakeSources.QUERY);
        assertThat(servers.totalRequests()).isEqualTo(asked);
        assertThat(second.posts()).isEqualTo(first.posts());
        assertThat(second.signals()).isEqualTo(first.signals());
        assertThat(second.sources()).allSatisfy(r -> assertThat(r.detail()).endsWith(
            "(cached 12:00:00Z)"));

        now.set(FakeSources.NOW.plus(Duration.ofMinutes(11)));
        p.fetch(FakeSources.QUERY);
        assertThat(servers.totalRequests()).isGreaterThan(asked);
      }
      assertThat(Files.list(cache.resolve("samples")).count()).isEqualTo(5);
      for (Path f : Files.list(cache.resolve("samples")).toList()) {
        assertThat(Files.readString(f)).doesNotContain("XYZZY").doesNotContain("ACCESS-ONE")
            .doesNotContain("REDDIT-TOKEN");
      }
    }
  }

  @Test
  void failuresAreNotCached(@TempDir Path cache) throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("news", FakeSources.answer(200, "text/plain", "news/ratelimit.txt"));
      try (LiveContextProvider p = servers.provider(TIMEOUT).sources(List.of("news"))
          .cacheDir(cache).build()) {
        p.fetch(FakeSources.QUERY);
      }
      assertThat(cache.resolve("samples")).doesNotExist();
    }
  }

  @Test
  void verboseLogShowsRequestsButNeverCredentials() throws Exception {
    StringWriter log = new StringWriter();
    try (FakeSources servers = FakeSources.start();
        LiveContextProvider p = servers.provider(TIMEOUT).verbose(new PrintWriter(log)).build()) {
      FetchedContext ctx = p.fetch(FakeSources.QUERY);
      String text = log.toString();
      assertThat(text).contains("http bluesky: POST").contains("xrpc/app.bsky.feed.searchPosts")
          .contains("Authorization: [redacted]").contains("http reddit: GET");
      for (String secret : List.of("XYZZY", "ACCESS-ONE", "REFRESH-ONE", "REDDIT-TOKEN",
          "app-pass")) {
        assertThat(text).doesNotContain(secret);
        assertThat(ctx.sources().toString()).doesNotContain(secret);
        assertThat(ctx.warnings().toString()).doesNotContain(secret);
      }
    }
  }
}
