package dev.hashvet.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.SampleFile;
import dev.hashvet.context.SourceReport;
import dev.hashvet.context.SourceStatus;
import dev.hashvet.text.TagSegmenter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fetcher job's two halves: which tags are in use, and one sample a tag that answered. */
class ContextFetcherTest {
  @Test
  void tagsInUseFollowTheAddsAndRemoves() {
    assertThat(ContextFetcher.activeTags(List.of(
        Map.entry("aurora", Messages.postTag("p1", true)),
        Map.entry("aurora", Messages.postTag("p2", true)),
        Map.entry("sandy", Messages.postTag("p1", true)),
        Map.entry("aurora", Messages.postTag("p1", false)),
        Map.entry("sandy", Messages.postTag("p1", false)),
        Map.entry("junk", "not json"))))
        .containsExactly("aurora");
  }

  @Test
  void answeredTagsBecomeSamplesTheTopologyAccepts() {
    Clock clock = Clock.fixed(Instant.parse("2012-07-20T12:00:00Z"), ZoneOffset.UTC);
    ContextFetcher fetcher = new ContextFetcher(q -> q.tag().equals("aurora")
        ? new FetchedContext(List.of(Post.builder("mastodon", "1")
            .url("https://example.test/1")
            .lang("en")
            .author("a")
            .followers(1)
            .likes(0)
            .reposts(0)
            .replies(0)
            .text("Praying for the victims #Aurora")
            .tags(List.of("aurora"))
            .build()),
            List.of(new SourceReport("mastodon", SourceStatus.OK, 1, "")), LiveSignals.NONE,
            List.of())
        : new FetchedContext(List.of(),
            List.of(new SourceReport("mastodon", SourceStatus.OK, 0, "")), LiveSignals.NONE,
            List.of()), clock, new TagSegmenter());
    Map<String, String> samples = fetcher.fetch(Set.of("aurora", "quiet"));
    assertThat(samples).containsOnlyKeys("aurora");
    assertThat(new SampleFile().read("aurora", samples.get("aurora")).posts())
        .extracting(Post::text).containsExactly("Praying for the victims #Aurora");
  }
}
