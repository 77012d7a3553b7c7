package dev.hashvet.fetch.news;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.fetch.FakeSources;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.fetch.Query;
import dev.hashvet.context.SourceStatus;
import java.time.Duration;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class GdeltSourceTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private static LiveContextProvider provider(FakeSources servers) {
    return servers.provider(TIMEOUT).sources(List.of("news")).build();
  }

  @Test
  void asksForTheArticleListAndGivesHeadlines() throws Exception {
    try (FakeSources servers = FakeSources.start(); LiveContextProvider p = provider(servers)) {
      FetchedContext ctx = p.fetch(FakeSources.QUERY);
      assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.OK);
      assertThat(ctx.sources().get(0).posts()).isZero();
      RecordedRequest r = servers.server("news").takeRequest();
      assertThat(r.getUrl().queryParameter("query")).isEqualTo("\"not guilty\"");
      assertThat(r.getUrl().queryParameter("mode")).isEqualTo("artlist");
      assertThat(r.getUrl().queryParameter("format")).isEqualTo("json");
      assertThat(r.getUrl().queryParameter("timespan")).isEqualTo("3d");
      assertThat(r.getUrl().queryParameter("sort")).isEqualTo("datedesc");
      assertThat(ctx.signals().headlines()).first().isEqualTo(new LiveSignals.Headline(
          "Jury finds defendant not guilty after three-week murder trial",
          "https://news.example/2026/11/23/verdict-not-guilty", "news.example",
          "2026-11-23T10:15:00Z"));
    }
  }

  @Test
  void noArticlesIsEmpty() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("news", FakeSources.json("news/artlist-empty.json"));
      try (LiveContextProvider p = provider(servers)) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.EMPTY);
        assertThat(ctx.anyAnswered()).isTrue();
      }
    }
  }

  @Test
  void thePlainTextRateLimitAnswerUnderHttp200IsRateLimitedNotEmpty() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("news", FakeSources.answer(200, "text/plain; charset=utf-8",
          "news/ratelimit.txt"));
      try (LiveContextProvider p = provider(servers)) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(ctx.sources().get(0).detail())
            .isEqualTo("rate limited (GDELT allows one request every 5 s)");
      }
    }
  }

  @Test
  void anotherPlainTextRefusalIsShownAsGdeltSaidIt() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.fail("news", FakeSources.json("news/artlist.json").newBuilder()
          .setHeader("Content-Type", "text/html; charset=utf-8")
          .body("The specified phrase is too short.").build());
      try (LiveContextProvider p = provider(servers)) {
        assertThat(p.fetch(FakeSources.QUERY).sources().get(0).detail())
            .isEqualTo("unexpected content type text/html (expected JSON)");
      }
      servers.fail("news", FakeSources.json("news/artlist.json").newBuilder()
          .setHeader("Content-Type", "text/plain").body("The specified phrase is too short.")
          .build());
      try (LiveContextProvider p = provider(servers)) {
        assertThat(p.fetch(FakeSources.QUERY).sources().get(0).detail())
            .isEqualTo("GDELT refused the query: The specified phrase is too short.");
      }
    }
  }

  @Test
  void aSecondRequestWithinFiveSecondsWaitsOrGivesUpAtOnce() throws Exception {
    try (FakeSources servers = FakeSources.start(); LiveContextProvider p = provider(servers)) {
      p.fetch(FakeSources.QUERY);
      long start = System.nanoTime();
      FetchedContext second = p.fetch(new Query("verdict", List.of("verdict"), FakeSources.NOW));
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(ms).isLessThan(1000);
      assertThat(second.sources().get(0).status()).isEqualTo(SourceStatus.UNAVAILABLE);
      assertThat(second.sources().get(0).detail())
          .matches("rate limited until 12:00:0\\dZ \\(one request every 5 s\\)");
      assertThat(servers.requests("news")).isEqualTo(1);
    }
  }

  @Test
  void searchTermsAndDates() {
    assertThat(GdeltSource.searchTerms(FakeSources.QUERY)).isEqualTo("\"not guilty\"");
    assertThat(GdeltSource.searchTerms(new Query("x", List.of("verdict"), FakeSources.NOW)))
        .isEqualTo("verdict");
    assertThat(GdeltSource.seenAt("20260914T183000Z")).isEqualTo("2026-09-14T18:30:00Z");
    assertThat(GdeltSource.seenAt("yesterday")).isEqualTo("yesterday");
  }
}
