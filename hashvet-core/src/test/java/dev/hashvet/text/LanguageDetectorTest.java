package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  private LanguageDetector.Detection detect(String text) {
    return detector.detect(text);
  }

  @Test
  void scriptsDecideNonLatinLanguages() {
    assertThat(detect("지진으로 많은 사람이 죽었다").languages()).containsExactly("ko");
    assertThat(detect("東京で地震がありました").languages()).containsExactly("ja");
    assertThat(detect("地震造成多人死亡").languages()).containsExactly("zh");
    assertThat(detect("انفجار في المدينة").languages()).containsExactly("ar");
    assertThat(detect("बम धमाके में कई लोगों की मौत").languages()).containsExactly("hi");
    assertThat(detect("Взрыв в центре города").languages()).containsExactly("ru");
    assertThat(detect("שבת שלום לכולם").languages()).containsExactly("he");
  }

  @Test
  void lettersOfASmallerLanguageAddIt() {
    assertThat(detect("Вічная пам'ять загиблим у Києві").languages()).containsExactly("uk", "ru");
    assertThat(detect("یہ بہت اچھا ہے").languages()).containsExactly("ur", "ar");
  }

  @Test
  void latinTextGetsItsLanguageAndEnglishWhenShortOrEnglishy() {
    LanguageDetector.Detection es =
        detect("Mis pensamientos están con todas las familias afectadas por el terremoto");
    assertThat(es.best()).isEqualTo("es");
    assertThat(es.languages()).first().isEqualTo("es");
    assertThat(es.languages()).doesNotContain("en");
    assertThat(detect("Rebajas de verano #sale").languages()).contains("en");
    assertThat(detect("Who's #notguilty about eating all the tasty treats they want?!").languages())
        .containsExactly("en");
  }

  @Test
  void romanisedHindiIsHindi() {
    assertThat(detect("Bhai yeh kya ho raha hai aaj").best()).isEqualTo("hi");
  }

  @Test
  void mixedScriptsKeepBoth() {
    assertThat(detect("#東京 is lovely this time of year").languages()).contains("en", "zh");
    assertThat(detect("Big sale 大减价 today").languages()).contains("en", "zh");
  }

  @Test
  void noEvidenceMeansAnyLanguage() {
    assertThat(detect("#notguilty").languages()).isEmpty();
    assertThat(detect("🎉🎉 2024").languages()).isEmpty();
    assertThat(detect("https://example.com @someone").languages()).isEmpty();
  }
}
