package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "NotGuilty, notguilty",
    "ＮｏｔＧｕｉｌｔｙ, notguilty",
    "𝐧𝐨𝐭𝐠𝐮𝐢𝐥𝐭𝐲, notguilty",
    "𝓷𝓸𝓽𝓰𝓾𝓲𝓵𝓽𝔂, notguilty",
    "𝙽𝙾𝚃𝙶𝚄𝙸𝙻𝚃𝚈, notguilty",
    "ｎｏｔ１２３, not123",
    "Straße, strasse",
    "ﬁnal, final",
    "who’s, who's"
  })
  void foldsWidthStyleAndCase(String raw, String folded) {
    assertThat(normalizer.fold(raw)).isEqualTo(folded);
  }

  @org.junit.jupiter.api.Test
  void keepsThaiAndLaoSaraAmWhole() {
    // NFKC splits ำ into ํ + า; ICU's Thai dictionary only knows the whole letter.
    assertThat(normalizer.fold("น้ำท่วม")).isEqualTo("น้ำท่วม").contains("\u0E33");
    assertThat(normalizer.fold("\u0E19\u0E49\u0E4D\u0E32")).isEqualTo("น้ำ");
    assertThat(normalizer.fold("ຄຳ")).contains("\u0EB3");
  }

  @ParameterizedTest
  @CsvSource({"not\u200Bguilty", "not\u00ADguilty", "not\u2060guilty", "\uFEFFnotguilty"})
  void dropsInvisibleCharacters(String raw) {
    assertThat(normalizer.fold(raw)).isEqualTo("notguilty");
  }
}
