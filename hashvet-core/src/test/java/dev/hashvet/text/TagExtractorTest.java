package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagExtractorTest {
  private final TagExtractor extractor = new TagExtractor();

  @Test
  void fullWidthHashMarksATag() {
    assertThat(extractor.extract("セール ＃ＮｏｔＧｕｉｌｔｙ 今日"))
        .containsExactly(new ExtractedTag("ＮｏｔＧｕｉｌｔｙ", 4, 14));
  }

  @Test
  void tagAfterAUrlIsKeptButTheUrlFragmentIsNot() {
    assertThat(extractor.extract("see https://example.com/#notatag #real"))
        .extracting(ExtractedTag::tag)
        .containsExactly("real");
  }

  @Test
  void tagRightAfterAUrlWithASpaceIsATag() {
    assertThat(extractor.extract("example.com #LoveDP"))
        .containsExactly(new ExtractedTag("LoveDP", 12, 19));
  }

  @Test
  void hashAloneOrDigitsOnlyIsNoTag() {
    assertThat(extractor.extract("#")).isEmpty();
    assertThat(extractor.extract("# alone and #2020 and ##")).isEmpty();
  }

  @Test
  void duplicatesAreKeptInOrder() {
    assertThat(extractor.extract("#a1 then #b2 then #a1"))
        .extracting(ExtractedTag::tag)
        .containsExactly("a1", "b2", "a1");
  }

  @Test
  void hashInsideAWordIsNoTag() {
    assertThat(extractor.extract("C#rocks and abc#def")).isEmpty();
  }
}
