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
  }
}
