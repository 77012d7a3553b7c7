package dev.hashvet.fetch.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.config.Config;
import dev.hashvet.config.SourceConfig;
import dev.hashvet.fetch.FakeSources;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Query;
import dev.hashvet.context.SourceReport;
import dev.hashvet.context.SourceStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class MastodonSourceTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(4);

  private static FetchedContext fetch(FakeSources servers, Config config, Query q) {
    try (LiveContextProvider p = LiveContextProvider.builder(config, Map.of(), FakeSources.CLOCK)
        .timeout(TIMEOUT).httpPolicy(FakeSources.policy()).sources(List.of("mastodon")).build()) {
      return p.fetch(q);
    }
  }

  private static Config withMastodon(FakeSources servers, SourceConfig mastodon) {
    Map<String, SourceConfig> m = new LinkedHashMap<>(servers.config().sources());
    m.put("mastodon", mastodon);
    return new Config(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(),
        List.of(), m);
  }

  private static SourceConfig instances(List<String> urls, Optional<Integer> limit) {
    return new SourceConfig(Optional.of(true), Optional.empty(), urls, limit);
  }

  @Test
  void followsTheLinkHeaderAndMapsStatusesToPlainTextPosts() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      FetchedContext ctx = fetch(servers, servers.config(), FakeSources.QUERY);
      SourceReport r = ctx.sources().get(0);
      assertThat(r.status()).isEqualTo(SourceStatus.OK);
      assertThat(r.posts()).isEqualTo(3);
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < servers.requests("mastodon"); i++) {
        paths.add(servers.server("mastodon").takeRequest().getTarget());
      }
      assertThat(paths).contains("/api/v1/timelines/tag/notguilty?limit=40",
          "/api/v1/timelines/tag/notguilty?max_id=113500000000000002", "/api/v1/tags/notguilty",
          "/api/v1/trends/tags?limit=20");
      Post first = ctx.posts().get(0);
      assertThat(first.text()).isEqualTo(
          "The jury said #notguilty and the courtroom went silent.\nSecond paragraph & more.");
      assertThat(first.author()).startsWith("ana@");
      assertThat(first.followers()).isEqualTo(1812);
      assertThat(first.likes()).isEqualTo(21);
      assertThat(first.reposts()).isEqualTo(7);
      assertThat(first.replies()).isEqualTo(3);
      assertThat(first.tags()).containsExactly("notguilty", "verdict");
      assertThat(first.url()).isEqualTo("https://social.example/@ana/113500000000000003");
      Post second = ctx.posts().get(1);
      assertThat(second.text()).isEqualTo("court case\nFollowing the trial\nall day #notguilty");
      assertThat(second.author()).isEqualTo("ben@other.example");
      assertThat(ctx.signals().history()).extracting(d -> d.uses())
          .containsExactly(2L, 5L, 4L, 6L, 3L, 5L, 64L);
      assertThat(ctx.signals().history().get(6).day()).hasToString("2026-11-23");
    }
  }

  @Test
  void postsSeenOnSeveralInstancesCountOnce() throws Exception {
    try (FakeSources a = FakeSources.start(); FakeSources b = FakeSources.start()) {
      Config cfg = withMastodon(a, instances(List.of(a.server("mastodon").url("/").toString(),
          b.server("mastodon").url("/").toString()), Optional.empty()));
      FetchedContext ctx = fetch(a, cfg, FakeSources.QUERY);
      SourceReport r = ctx.sources().get(0);
      assertThat(r.posts()).isEqualTo(3);
      assertThat(r.detail()).contains(": 3 posts;").contains("(3 already seen)");
      // The history is summed over the instances; the tag trends on both.
      assertThat(ctx.signals().history().get(6).uses()).isEqualTo(128);
      assertThat(ctx.signals().trending()).hasSize(2);
      assertThat(b.requests("mastodon")).isGreaterThan(0);
    }
  }

  @Test
  void oneInstanceFailingLeavesTheOthersAnswerAndAWarning() throws Exception {
    try (FakeSources a = FakeSources.start(); FakeSources b = FakeSources.start()) {
      b.fail("mastodon", FakeSources.answer(401, "application/json", "mastodon/error-401.json"));
      Config cfg = withMastodon(a, instances(List.of(a.server("mastodon").url("/").toString(),
          b.server("mastodon").url("/").toString()), Optional.empty()));
      FetchedContext ctx = fetch(a, cfg, FakeSources.QUERY);
      assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.OK);
      assertThat(ctx.sources().get(0).detail()).contains("requires login");
      assertThat(ctx.warnings()).singleElement().asString().contains("not authorised (HTTP 401)");
    }
  }

  @Test
  void anEmptyTimelineForAnUnusedTagIsEmpty() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("mastodon", FakeSources.json("mastodon/trends-tags.json").newBuilder()
          .body("[]").build());
      servers.route("mastodon", "/api/v1/tags/notguilty",
          FakeSources.json("mastodon/tag-history-unused.json"));
      FetchedContext ctx = fetch(servers, servers.config(), FakeSources.QUERY);
      assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.EMPTY);
      assertThat(ctx.anyAnswered()).isTrue();
    }
  }

  @Test
  void anEmptyTimelineForATagUsedThisWeekMeansLoginIsRequired() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("mastodon", FakeSources.json("mastodon/trends-tags.json").newBuilder()
          .body("[]").build());
      FetchedContext ctx = fetch(servers, servers.config(), FakeSources.QUERY);
      SourceReport r = ctx.sources().get(0);
      assertThat(r.status()).isEqualTo(SourceStatus.UNAVAILABLE);
      assertThat(r.detail()).contains("no posts although #notguilty was used 89 times")
          .contains("may require login");
    }
  }

  @Test
  void aPostWithoutTagsIsNotLookedUp() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      FetchedContext ctx = fetch(servers, servers.config(),
          new Query("", List.of("summer", "sale"), FakeSources.NOW));
      assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.SKIPPED);
      assertThat(servers.requests("mastodon")).isZero();
    }
  }

  @Test
  void theLimitStopsPaging() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      Config cfg = withMastodon(servers, instances(
          List.of(servers.server("mastodon").url("/").toString()), Optional.of(2)));
      FetchedContext ctx = fetch(servers, cfg, FakeSources.QUERY);
      assertThat(ctx.sources().get(0).posts()).isEqualTo(2);
      List<String> targets = new ArrayList<>();
      for (int i = 0; i < servers.requests("mastodon"); i++) {
        targets.add(servers.server("mastodon").takeRequest().getTarget());
      }
      assertThat(targets).contains("/api/v1/timelines/tag/notguilty?limit=2")
          .noneMatch(t -> t.contains("max_id"));
    }
  }

  @Test
  void linkHeaderReadsNextAndStaysOnTheSameServer() {
    HttpUrl here = HttpUrl.get("https://social.example/api/v1/timelines/tag/x?limit=40");
    assertThat(LinkHeader.next("<https://social.example/api/v1/timelines/tag/x?max_id=5>; "
        + "rel=\"next\", <https://social.example/api/v1/timelines/tag/x?min_id=9>; rel=\"prev\"",
        here)).hasValue(HttpUrl.get("https://social.example/api/v1/timelines/tag/x?max_id=5"));
    assertThat(LinkHeader.next("<https://social.example/p?min_id=9>; rel=\"prev\"", here))
        .isEmpty();
    assertThat(LinkHeader.next("<https://elsewhere.example/p?max_id=5>; rel=\"next\"", here))
        .isEmpty();
    assertThat(LinkHeader.next(null, here)).isEmpty();
  }
}
