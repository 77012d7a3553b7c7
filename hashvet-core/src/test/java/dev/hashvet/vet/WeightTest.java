package dev.hashvet.vet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.context.Post;
import org.junit.jupiter.api.Test;

/** A post's weight never wraps: huge counts weigh more, never less or NaN. */
class WeightTest {
  private static Post post(long likes, long reposts, long replies) {
    return Post.builder("sample", "1")
        .likes(likes)
        .reposts(reposts)
        .replies(replies)
        .text("text")
        .build();
  }

  @Test
  void hugeCountsWeighMostAndStayFinite() {
    double huge = ContextBuilder.weight(post(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE));
    double small = ContextBuilder.weight(post(1, 1, 1));
    assertThat(huge).isFinite().isGreaterThan(small);
    assertThat(ContextBuilder.weight(post(-1, -1, -1))).isEqualTo(1.0);
  }
}
