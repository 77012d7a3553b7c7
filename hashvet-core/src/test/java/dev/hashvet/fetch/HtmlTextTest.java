package dev.hashvet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void paragraphsAndBreaksBecomeLinesAndEntitiesAreDecoded() {
    assertThat(HtmlText.toText("<p>One &amp; two</p><p>Three<br>four</p>"))
        .isEqualTo("One & two\nThree\nfour");
  }

  @Test
  void linksKeepTheirTextAndCommentsAndScriptsDisappear() {
    assertThat(HtmlText.toText("<!-- Nov 3 -->See <a href=\"x\">#<span>tag</span></a>"
        + "<script>alert(1)</script> now")).isEqualTo("See #tag now");
  }

  @Test
  void mastodonLinkEllipsisSpansReadAsTheUrl() {
    assertThat(HtmlText.toText("<p><a href=\"https://news.example/a/long\"><span class=\"invisible\">"
        + "https://</span><span class=\"ellipsis\">news.example/a</span><span class=\"invisible\">"
        + "/long</span></a></p>")).isEqualTo("https://news.example/a/long");
  }

  @Test
  void blankIsEmpty() {
    assertThat(HtmlText.toText(null)).isEmpty();
    assertThat(HtmlText.toText("  ")).isEmpty();
  }
}
