package dev.hashvet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {
  private static final List<String> IDS = List.of("context.war", "context.legal-proceedings",
      "text.legal-proceedings", "context.tag-hijack", "context.tragedy", "text.tragedy",
      "combo.named-tragedy-frame");

  @Test
  void theWordsOfAnIdCountNotOnlyItsWholeSpelling() {
    assertThat(Nearest.of("context.legal", IDS, 3))
        .startsWith("context.legal-proceedings")
        .doesNotContain("context.war", "context.tag-hijack");
  }

  @Test
  void aNameThatStartsWithWhatWasTypedComesFirst() {
    assertThat(Nearest.of("legal-proc", IDS, 3))
        .containsExactly("text.legal-proceedings", "context.legal-proceedings");
    assertThat(Nearest.of("context.tr", IDS, 3)).startsWith("context.tragedy");
  }

  @Test
  void typosFindTheNearestNamesShortestFirst() {
    assertThat(Nearest.of("tragdy", IDS, 2)).containsExactly("text.tragedy", "context.tragedy");
    assertThat(Nearest.of("chek", List.of("check", "calendar", "shell"), 3))
        .containsExactly("check");
    assertThat(Nearest.of("--formt", List.of("--format", "--fail-on", "--offline"), 3))
        .containsExactly("--format");
  }

  @Test
  void nothingNearGivesNothing() {
    assertThat(Nearest.of("zzzzzz", IDS, 3)).isEmpty();
    assertThat(Nearest.of("", IDS, 3)).isEmpty();
  }
}
