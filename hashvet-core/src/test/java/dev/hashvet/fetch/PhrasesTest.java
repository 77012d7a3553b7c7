package dev.hashvet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  private final Phrases phrases = new Phrases();
  private final Query notGuilty = new Query("notguilty", List.of("not", "guilty"), Instant.EPOCH);

  @Test
  void thePhraseInOrderOrTheTagAsAWord() {
    assertThat(phrases.mentions("The jury found her NOT GUILTY.", notGuilty)).isTrue();
    assertThat(phrases.mentions("Fans of #NotGuilty rejoice", notGuilty)).isTrue();
    assertThat(phrases.mentions("Guilty, not innocent", notGuilty)).isFalse();
    assertThat(phrases.mentions("notguiltyish", notGuilty)).isFalse();
    Query unsplit = new Query("notguilty", List.of("notguilty"), Instant.EPOCH);
    assertThat(phrases.mentions("The jury found her not guilty.", unsplit)).isTrue();
    assertThat(phrases.mentions("not guiltyish", unsplit)).isFalse();
  }
}
