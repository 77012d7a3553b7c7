package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.Post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleContextProviderTest {
  private static final SampleSet NOTGUILTY = new SampleFile().read("s.jsonl",
      "{\"hashvet_sample\": 1, \"query\": \"#notguilty\"}\n{\"text\": \"verdict #notguilty\"}\n");

  @Test
  void aTagGetsItsOwnSample() {
    FetchedContext f = new SampleContextProvider(NOTGUILTY, "s.jsonl").fetch(query("notguilty"));
    assertThat(f.posts()).extracting(Post::text).containsExactly("verdict #notguilty");
    assertThat(f.sources().get(0).status()).isEqualTo(SourceStatus.OK);
    assertThat(f.warnings()).isEmpty();
  }

  @Test
  void aTagWithoutASampleIsToldSoAndGetsNoPosts() {
    FetchedContext f = new SampleContextProvider(NOTGUILTY, "s.jsonl").fetch(query("freshbread"));
    assertThat(f.posts()).isEmpty();
    assertThat(f.sources()).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(SourceStatus.SKIPPED);
      assertThat(r.detail()).isEqualTo("no sample for #freshbread in s.jsonl");
    });
    assertThat(f.warnings()).singleElement().asString()
        .startsWith("no sample for #freshbread in s.jsonl")
        .contains("a sample for #notguilty");
  }

  @Test
  void aHeaderlessSampleServesAnyTag() {
    SampleSet headerless = new SampleFile().read("h.jsonl", "{\"text\": \"bread\"}\n");
    FetchedContext f = new SampleContextProvider(headerless, "h.jsonl").fetch(query("freshbread"));
    assertThat(f.posts()).extracting(Post::text).containsExactly("bread");
  }

  @Test
  void aPostWithoutTagsGetsTheFilesOneSampleButNotOneOfSeveral() {
    // An untagged post cannot be given another tag's posts: the one conversation recorded is its
    // context (a national moment: the market is talking about an election today).
    Query untagged = new Query("", List.of("happy", "hour"), Instant.EPOCH);
    FetchedContext one = new SampleContextProvider(NOTGUILTY, "s.jsonl").fetch(untagged);
    assertThat(one.posts()).extracting(Post::text).containsExactly("verdict #notguilty");
    SampleSet two = new SampleFile().read("t.jsonl",
        "{\"hashvet_sample\": 1, \"query\": \"#a\"}\n{\"text\": \"a\"}\n"
            + "{\"hashvet_sample\": 1, \"query\": \"#b\"}\n{\"text\": \"b\"}\n");
    assertThat(new SampleContextProvider(two, "t.jsonl").fetch(untagged).posts()).isEmpty();
  }

  private static Query query(String tag) {
    return new Query(tag, List.of(tag), Instant.EPOCH);
  }
}
