package dev.hashvet.fetch.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.fetch.FakeSources;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Query;
import dev.hashvet.context.SourceStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class RedditSourceTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(4);

  private static List<RecordedRequest> requests(FakeSources servers) throws Exception {
    List<RecordedRequest> out = new ArrayList<>();
    for (int i = 0; i < servers.requests("reddit"); i++) {
      out.add(servers.server("reddit").takeRequest());
    }
    return out;
  }

  @Test
  void getsOneTokenAndSearchesNewestFirst() throws Exception {
    try (FakeSources servers = FakeSources.start();
        LiveContextProvider p = servers.provider(TIMEOUT).sources(List.of("reddit")).build()) {
      FetchedContext ctx = p.fetch(FakeSources.QUERY);
      p.fetch(new Query("verdict", List.of("verdict"), FakeSources.NOW));

      assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.OK);
      List<RecordedRequest> reqs = requests(servers);
      assertThat(reqs).extracting(r -> r.getUrl().encodedPath())
          .containsExactly("/api/v1/access_token", "/search", "/search");
      RecordedRequest token = reqs.get(0);
      assertThat(token.getMethod()).isEqualTo("POST");
      assertThat(token.getBody().utf8()).isEqualTo("grant_type=client_credentials");
      assertThat(token.getHeaders().get("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
          .encodeToString("client-id-XYZZY-5678:client-secret-XYZZY-9012".getBytes()));
      RecordedRequest search = reqs.get(1);
      assertThat(search.getUrl().queryParameter("q")).isEqualTo("\"not guilty\" OR notguilty");
      assertThat(search.getUrl().queryParameter("sort")).isEqualTo("new");
      assertThat(search.getUrl().queryParameter("raw_json")).isEqualTo("1");
      assertThat(search.getHeaders().get("Authorization")).endsWith("REDDIT-TOKEN.sig");

      Post top = ctx.posts().get(0);
      assertThat(top.text()).isEqualTo("Jury returns not guilty verdict in closely watched trial");
      assertThat(top.url()).isEqualTo(
          RedditSource.WEB + "/r/news/comments/1abc01/jury_returns_not_guilty_verdict/");
      assertThat(top.author()).isEqualTo("u/newsbot");
      assertThat(top.likes()).isEqualTo(5120);
      assertThat(top.replies()).isEqualTo(830);
      assertThat(top.createdAt()).isEqualTo("2025-11-23T11:40:00Z");
      assertThat(ctx.posts().get(1).author()).isEmpty();
      assertThat(ctx.posts().get(1).text())
          .isEqualTo("Crisps review\n\nTried the #notguilty crisps, honestly fine.");
    }
  }

  @Test
  void aRefusedTokenIsReplacedOnce() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("reddit", r -> searches.getAndIncrement() == 0
          ? new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
              .body("{\"message\": \"Unauthorized\", \"error\": 401}").build()
          : FakeSources.json("reddit/search.json"));
      try (LiveContextProvider p = servers.provider(TIMEOUT).sources(List.of("reddit")).build()) {
        assertThat(p.fetch(FakeSources.QUERY).sources().get(0).status())
            .isEqualTo(SourceStatus.OK);
      }
      assertThat(requests(servers)).extracting(r -> r.getUrl().encodedPath())
          .containsExactly("/api/v1/access_token", "/search", "/api/v1/access_token", "/search");
    }
  }

  @Test
  void theHtmlBlockedPageIsReportedAsBlocked() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("reddit", FakeSources.answer(403, "text/html", "common/blocked.html"));
      try (LiveContextProvider p = servers.provider(TIMEOUT).sources(List.of("reddit")).build()) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(ctx.sources().get(0).detail())
            .isEqualTo("blocked by Reddit (HTTP 403 HTML page 'Blocked')");
      }
    }
  }

  @Test
  void searchTermsUseThePhraseAndTheTag() {
    assertThat(RedditSource.searchTerms(FakeSources.QUERY)).isEqualTo("\"not guilty\" OR notguilty");
    assertThat(RedditSource.searchTerms(new Query("verdict", List.of("verdict"), FakeSources.NOW)))
        .isEqualTo("verdict");
    assertThat(RedditSource.searchTerms(new Query("", List.of("summer", "sale"), FakeSources.NOW)))
        .isEqualTo("summer sale");
  }
}
