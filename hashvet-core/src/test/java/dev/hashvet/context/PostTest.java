package dev.hashvet.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A built post knows what was set and leaves the rest unknown. */
class PostTest {
  @Test
  void whatIsNotSetIsUnknown() {
    Post p = Post.builder("mastodon", "7").likes(3).text("hi").build();
    assertThat(p).isEqualTo(
        new Post("mastodon", "7", "", "", "", "", -1, 3, -1, -1, "hi", List.of()));
    assertThat(Post.ofText("sample", "hi"))
        .isEqualTo(Post.builder("sample", "").text("hi").build());
  }

  @Test
  void everyFieldCanBeSet() {
    Post p = Post.builder("bluesky", "at://1").url("https://b.example/1")
        .createdAt("2026-01-01T00:00:00Z").lang("en").author("a").followers(1).likes(2)
        .reposts(3).replies(4).text("t").tags(List.of("x")).build();
    assertThat(p).isEqualTo(new Post("bluesky", "at://1", "https://b.example/1",
        "2026-01-01T00:00:00Z", "en", "a", 1, 2, 3, 4, "t", List.of("x")));
  }
}
