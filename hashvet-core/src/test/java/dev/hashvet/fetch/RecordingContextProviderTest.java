package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.LiveSignals;

import dev.hashvet.context.Post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingContextProviderTest {
  /** Answers each tag with one post naming it. */
  private static final ContextProvider LIVE = q -> new FetchedContext(
      List.of(Post.builder("mastodon", q.tag())
          .lang("en")
          .text("post about " + q.tag())
          .tags(List.of(q.tag()))
          .build()),
      List.of(new SourceReport("mastodon", SourceStatus.OK, 1, "m.example")),
      LiveSignals.NONE, List.of());

  @Test
  void aRecordingHasOneHeaderPerTagAndReplaysPerTag() throws Exception {
    RecordingContextProvider recorder = new RecordingContextProvider(LIVE);
    recorder.fetch(query("notguilty"));
    recorder.fetch(query("freshbread"));
    recorder.fetch(query("notguilty"));
    StringWriter w = new StringWriter();
    new SampleFile().write(recorder.samples("2026-12-07T00:00:00Z"), w);
    assertThat(w.toString().lines().filter(l -> l.contains("\"hashvet_sample\"")))
        .hasSize(2)
        .anyMatch(l -> l.contains("\"query\":\"#notguilty\""))
        .anyMatch(l -> l.contains("\"query\":\"#freshbread\""));
    SampleContextProvider replay =
        new SampleContextProvider(new SampleFile().read("rec.jsonl", w.toString()), "rec.jsonl");
    assertThat(replay.fetch(query("freshbread")).posts()).extracting(Post::text)
        .containsExactly("post about freshbread");
    assertThat(replay.fetch(query("notguilty")).posts()).extracting(Post::text)
        .containsExactly("post about notguilty");
    assertThat(replay.fetch(query("aurora")).posts()).isEmpty();
  }

  @Test
  void aTagRecordedWithoutAnAnswerReplaysAsSkipped() throws Exception {
    SampleSet only = new SampleFile().read("s.jsonl",
        "{\"hashvet_sample\": 1, \"query\": \"#notguilty\"}\n{\"text\": \"verdict\"}\n");
    RecordingContextProvider recorder =
        new RecordingContextProvider(new SampleContextProvider(only, "s.jsonl"));
    recorder.fetch(query("notguilty"));
    recorder.fetch(query("freshbread"));
    StringWriter w = new StringWriter();
    new SampleFile().write(recorder.samples("2026-12-07T00:00:00Z"), w);
    FetchedContext bread =
        new SampleContextProvider(new SampleFile().read("rec.jsonl", w.toString()), "rec.jsonl")
            .fetch(query("freshbread"));
    assertThat(bread.posts()).isEmpty();
    assertThat(bread.sources().get(0).status()).isEqualTo(SourceStatus.SKIPPED);
    assertThat(bread.sources().get(0).detail()).contains("no source answered for #freshbread");
  }

  private static Query query(String tag) {
    return new Query(tag, List.of(tag), Instant.EPOCH);
  }
}
