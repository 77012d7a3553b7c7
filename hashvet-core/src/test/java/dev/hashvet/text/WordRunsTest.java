package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordRunsTest {
  @Test
  void phrasesAreWholeConsecutiveWords() {
    List<String> words = List.of("jury", "finds", "her", "not", "guilty");
    assertThat(WordRuns.contains(words, List.of("not", "guilty"))).isTrue();
    assertThat(WordRuns.contains(words, List.of("guilty", "not"))).isFalse();
    assertThat(WordRuns.contains(words, List.of())).isFalse();
    assertThat(WordRuns.contains(List.of("scunthorpe"), List.of("cunt"))).isFalse();
  }

  @Test
  void consecutiveWordsSpellATag() {
    assertThat(WordRuns.spells(List.of("found", "not", "guilty", "today"), "notguilty")).isTrue();
    assertThat(WordRuns.spells(List.of("notguiltyish"), "notguilty")).isFalse();
    assertThat(WordRuns.spells(List.of("no", "tguilty"), "notguilty")).isTrue();
    assertThat(WordRuns.spells(List.of("not"), "notguilty")).isFalse();
  }
}
