package dev.hashvet.fetch.wikipedia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.fetch.FakeSources;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.fetch.Query;
import dev.hashvet.context.SourceStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WikipediaSourceTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private static LiveContextProvider provider(FakeSources servers) {
    return servers.provider(TIMEOUT).sources(List.of("wikipedia")).build();
  }

  @Test
  void storiesMentioningTheTagsWordsBecomeEvents() throws Exception {
    try (FakeSources servers = FakeSources.start(); LiveContextProvider p = provider(servers)) {
      FetchedContext ctx = p.fetch(FakeSources.QUERY);
      assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.OK);
      assertThat(ctx.sources().get(0).detail())
          .isEqualTo("1 of 3 stories in the news on 2026-11-23 mention #notguilty");
      String base = servers.server("wikipedia").url("/").toString();
      assertThat(ctx.signals().events()).containsExactly(new LiveSignals.Headline(
          "A jury in Example City finds Example Person not guilty of all charges.",
          base + "wiki/Trial_of_Example_Person", "wikipedia", "2026-11-23"));
      assertThat(servers.server("wikipedia").takeRequest().getTarget())
          .isEqualTo("/api/rest_v1/feed/featured/2026/11/23");
    }
  }

  @Test
  void noStoryMentioningTheWordsIsEmpty() throws Exception {
    try (FakeSources servers = FakeSources.start(); LiveContextProvider p = provider(servers)) {
      FetchedContext ctx = p.fetch(new Query("summersale", List.of("summer", "sale"),
          FakeSources.NOW));
      assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.EMPTY);
    }
  }

  @Test
  void wholeWordsOnlyNotSubstrings() throws Exception {
    try (FakeSources servers = FakeSources.start(); LiveContextProvider p = provider(servers)) {
      // "rover" is inside "Rovers" but is not the word.
      FetchedContext ctx = p.fetch(new Query("rover", List.of("rover"), FakeSources.NOW));
      assertThat(ctx.signals().events()).isEmpty();
      FetchedContext cup = p.fetch(new Query("examplecup", List.of("example", "cup"),
          FakeSources.NOW));
      assertThat(cup.signals().events()).singleElement()
          .extracting(LiveSignals.Headline::url).asString().endsWith("wiki/2026_Example_Cup");
    }
  }

  @Test
  void yesterdaysFeedWhenTodaysIsNotOutYet() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      servers.route("wikipedia", "/api/rest_v1/feed/featured/2026/11/22",
          FakeSources.json("wikipedia/featured.json"));
      servers.route("wikipedia", "/api/rest_v1/feed/featured/2026/11/23",
          FakeSources.answer(404, "application/json", "mastodon/error-401.json"));
      try (LiveContextProvider p = provider(servers)) {
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        assertThat(ctx.sources().get(0).status()).isEqualTo(SourceStatus.OK);
        assertThat(ctx.signals().events()).singleElement()
            .extracting(LiveSignals.Headline::seenAt).isEqualTo("2026-11-22");
      }
    }
  }
}
