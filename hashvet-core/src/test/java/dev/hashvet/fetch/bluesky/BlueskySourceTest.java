package dev.hashvet.fetch.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.fetch.FakeSources;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Query;
import dev.hashvet.context.SourceStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class BlueskySourceTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(4);

  private static LiveContextProvider provider(FakeSources servers) {
    return servers.provider(TIMEOUT).sources(List.of("bluesky")).build();
  }

  private static List<RecordedRequest> requests(FakeSources servers) throws Exception {
    List<RecordedRequest> out = new ArrayList<>();
    for (int i = 0; i < servers.requests("bluesky"); i++) {
      out.add(servers.server("bluesky").takeRequest());
    }
    return out;
  }

  @Test
  void logsInOnceSearchesNewestFirstAndAddsFollowerCounts() throws Exception {
    try (FakeSources servers = FakeSources.start(); LiveContextProvider p = provider(servers)) {
      FetchedContext first = p.fetch(FakeSources.QUERY);
      p.fetch(new Query("verdict", List.of("verdict"), FakeSources.NOW));

      assertThat(first.sources().get(0).status()).isEqualTo(SourceStatus.OK);
      List<RecordedRequest> reqs = requests(servers);
      assertThat(reqs).filteredOn(r -> r.getUrl().encodedPath().endsWith("createSession"))
          .singleElement().satisfies(r -> {
            assertThat(r.getMethod()).isEqualTo("POST");
            assertThat(r.getBody().utf8()).contains("\"identifier\":\"hashvet-test.bsky.example\"");
          });
      RecordedRequest search = reqs.stream()
          .filter(r -> r.getUrl().encodedPath().endsWith("searchPosts")).findFirst().orElseThrow();
      assertThat(search.getUrl().queryParameter("q")).isEqualTo("#notguilty");
      assertThat(search.getUrl().queryParameter("tag")).isEqualTo("notguilty");
      assertThat(search.getUrl().queryParameter("sort")).isEqualTo("latest");
      assertThat(search.getHeaders().get("Authorization"))
          .isEqualTo("Bearer eyJ0eXAiOiJhdCtqd3QiLCJhbGciOiJFUzI1NksifQ.ACCESS-ONE.sig");

      Post dee = first.posts().get(0);
      assertThat(dee.text()).isEqualTo("Cannot believe the verdict today #NotGuilty");
      assertThat(dee.author()).isEqualTo("dee.bsky.example");
      assertThat(dee.followers()).isEqualTo(5400);
      assertThat(dee.likes()).isEqualTo(30);
      assertThat(dee.reposts()).isEqualTo(9);
      assertThat(dee.replies()).isEqualTo(4);
      assertThat(dee.lang()).isEqualTo("en");
      assertThat(dee.tags()).containsExactly("notguilty");
      assertThat(dee.url()).isEqualTo(BlueskySource.WEB + "dee.bsky.example/post/3mabcde1");
      assertThat(first.posts().get(1).tags()).containsExactly("courtwatch");
    }
  }

  @Test
  void anExpiredSessionIsRefreshedAndTheSearchAskedAgain() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("bluesky", r -> searches.getAndIncrement() == 0
          ? FakeSources.answer(400, "application/json", "bluesky/error-expired.json")
          : FakeSources.json("bluesky/search.json"));
      servers.route("bluesky", "/xrpc/com.atproto.server.refreshSession",
          FakeSources.json("bluesky/session.json").newBuilder().body(FakeSources
              .body("bluesky/session.json").replace("ACCESS-ONE", "ACCESS-TWO")).build());
      try (LiveContextProvider p = provider(servers)) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.OK);
      }
      List<RecordedRequest> reqs = requests(servers);
      RecordedRequest refresh = reqs.stream()
          .filter(r -> r.getUrl().encodedPath().endsWith("refreshSession")).findFirst()
          .orElseThrow();
      assertThat(refresh.getHeaders().get("Authorization")).contains("REFRESH-ONE");
      assertThat(reqs.stream().filter(r -> r.getUrl().encodedPath().endsWith("searchPosts"))
          .reduce((a, b) -> b).orElseThrow().getHeaders().get("Authorization"))
          .contains("ACCESS-TWO");
    }
  }

  @Test
  void followerCountsAreAskedInBatchesOf25() throws Exception {
    StringBuilder posts = new StringBuilder("{\"posts\":[");
    for (int i = 0; i < 30; i++) {
      posts.append(i == 0 ? "" : ",").append("{\"uri\":\"at://did:plc:a").append(i)
          .append("/app.bsky.feed.post/p").append(i).append("\",\"author\":{\"did\":\"did:plc:a")
          .append(i).append("\",\"handle\":\"a").append(i).append(".bsky.example\"},")
          .append("\"record\":{\"text\":\"post ").append(i).append("\"},\"likeCount\":0}");
    }
    posts.append("]}");
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("bluesky", FakeSources.json("bluesky/search.json").newBuilder()
          .body(posts.toString()).build());
      try (LiveContextProvider p = provider(servers)) {
        assertThat(p.fetch(FakeSources.QUERY).posts()).hasSize(30);
      }
      List<RecordedRequest> profiles = requests(servers).stream()
          .filter(r -> r.getUrl().encodedPath().endsWith("getProfiles")).toList();
      assertThat(profiles).hasSize(2);
      assertThat(profiles).extracting(r -> r.getUrl().queryParameterValues("actors").size())
          .containsExactlyInAnyOrder(25, 5);
    }
  }

  @Test
  void aRefusedLoginIsUnavailableAndSaysSo() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.route("bluesky", "/xrpc/com.atproto.server.createSession",
          new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
              .body("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or"
                  + " password\"}").build());
      try (LiveContextProvider p = provider(servers)) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(ctx.sources().get(0).detail()).isEqualTo(
            "login failed: not authorised (HTTP 401): Invalid identifier or password");
      }
    }
  }

  @Test
  void aRateLimitedLoginSaysUntilWhen() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.route("bluesky", "/xrpc/com.atproto.server.createSession",
          FakeSources.answer(429, "application/json", "bluesky/error-auth.json").newBuilder()
              .setHeader("RateLimit-Remaining", "0")
              .setHeader("RateLimit-Reset", Long.toString(FakeSources.NOW.getEpochSecond() + 300))
              .build());
      try (LiveContextProvider p = provider(servers)) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.sources().get(0).detail())
            .isEqualTo("login failed: rate limited until 12:05:00Z");
      }
    }
  }
}
