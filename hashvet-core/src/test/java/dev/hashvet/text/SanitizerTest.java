package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanitizerTest {
  @Test
  void removesColourCursorTitleAndControlCodes() {
    String evil = "red \u001B[31mtext\u001B[0m \u001B]0;pwned\u0007title \u001B]8;;https://x\u001B\\link"
        + "\u001B]8;;\u001B\\ \u001B[2J\u001B[Hcleared \u009B31mc1\u0000\u0008bell\u0007 \u202Eevil";
    String clean = Sanitizer.clean(evil);
    assertThat(clean).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u009B")
        .doesNotContain("\u0000").doesNotContain("\u202E");
    assertThat(clean).contains("red text").contains("title").contains("link").contains("cleared");
  }

  @Test
  void keepsNewlinesTabsEmojiAndOtherScripts() {
    assertThat(Sanitizer.clean("a\tb\nc 👨‍👩‍👧 東京 مرحبا")).isEqualTo("a\tb\nc 👨‍👩‍👧 東京 مرحبا");
    assertThat(Sanitizer.oneLine(" a\n\tb ")).isEqualTo("a b");
  }
}
