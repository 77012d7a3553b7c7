package dev.hashvet.fetch;

import dev.hashvet.context.Post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UntrustedTest {
  @Test
  void escapeSequencesAreRemovedWhole() {
    assertThat(Untrusted.clean("\u001b[31mred\u001b[0m")).isEqualTo("red");
    assertThat(Untrusted.clean("a\u001b]0;pwned\u0007b")).isEqualTo("ab");
    assertThat(Untrusted.clean("a\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\b"))
        .isEqualTo("alinkb");
    assertThat(Untrusted.clean("\u001b[2J\u001b[H\u001b[10;20Hmoved")).isEqualTo("moved");
    assertThat(Untrusted.clean("\u009b31mc1")).isEqualTo("c1");
    assertThat(Untrusted.clean("x\u001bPq#0;2;0;0;0\u001b\\y")).isEqualTo("xy");
    assertThat(Untrusted.clean("tail\u001b")).isEqualTo("tail");
  }

  @Test
  void controlsGoButNewlinesAndTabsStay() {
    assertThat(Untrusted.clean("a\u0000b\u0007c\u007fd\u0085e")).isEqualTo("abcde");
    assertThat(Untrusted.clean("line1\r\nline2\rline3\tend")).isEqualTo("line1\nline2\nline3\tend");
    assertThat(Untrusted.clean("abc \u202edcba\u202c")).isEqualTo("abc dcba");
    assertThat(Untrusted.clean("emoji 👍 and ZWJ 👩\u200d💻")).isEqualTo("emoji 👍 and ZWJ 👩\u200d💻");
    assertThat(Untrusted.clean("lone \ud800 surrogate")).isEqualTo("lone \ufffd surrogate");
  }

  @Test
  void fieldsAreOneLineAndTextsAreCapped() {
    assertThat(Untrusted.field("a\nb\tc")).isEqualTo("a b c");
    assertThat(Untrusted.text("x".repeat(SampleFile.MAX_TEXT + 10))).hasSize(SampleFile.MAX_TEXT);
    assertThat(Untrusted.field("y".repeat(2000))).hasSize(Untrusted.MAX_FIELD);
    Post p = Untrusted.post(Post.builder("m", "1")
        .url("u")
        .author("a\u001b[1m")
        .text("t\u001b[0m")
        .tags(List.of("x\u001b[0m", "\u001b[0m"))
        .build());
    assertThat(p.author()).isEqualTo("a");
    assertThat(p.text()).isEqualTo("t");
    assertThat(p.tags()).containsExactly("x");
  }
}
