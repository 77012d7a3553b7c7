package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inflected forms and spellings per language, checked through the matcher that uses them. */
class InflectorTest {
  private static boolean matches(String term, String lang, String text) {
    TermSet set = new TermSet(List.of(TermList.inline("test", lang, List.of(term))));
    return set.any(TermList.words(text), Set.of());
  }

  @Test
  void romanceLanguagesPluralAndGender() {
    assertThat(matches("explosión", "es", "Dos explosiones en el centro")).isTrue();
    assertThat(matches("muerto", "es", "Hay tres muertas")).isTrue();
    assertThat(matches("explosão", "pt", "Duas explosões no centro")).isTrue();
    assertThat(matches("strage", "it", "Le stragi di mafia")).isTrue();
    assertThat(matches("attentato", "it", "Due attentati in città")).isTrue();
    assertThat(matches("mort", "fr", "Les morts de la guerre")).isTrue();
    assertThat(matches("explosión", "es", "Explosion en la fábrica"))
        .as("accents dropped")
        .isTrue();
  }

  @Test
  void germanEndingsAndUmlautSpelling() {
    assertThat(matches("Anschlag", "de", "Nach dem Anschlage")).isTrue();
    assertThat(matches("Mörder", "de", "Der Moerder ist gefasst")).isTrue();
    assertThat(matches("tot", "de", "Zwei Tote nach Unfall")).isTrue();
  }

  @Test
  void turkishSuffixesWithVowelHarmony() {
    assertThat(matches("deprem", "tr", "Depremde ölenler")).isTrue();
    assertThat(matches("deprem", "tr", "depremlerden sonra")).isTrue();
    assertThat(matches("saldırı", "tr", "Saldırıda yaralananlar")).isTrue();
    assertThat(matches("saldırı", "tr", "SALDIRIDA YARALANANLAR")).as("upper-case I").isTrue();
    assertThat(matches("intihar", "tr", "İntihar haberi")).as("dotted capital İ").isTrue();
    assertThat(matches("köpek", "tr", "köpeği")).as("k softens to ğ").isTrue();
  }

  @Test
  void russianCasesAndYo() {
    assertThat(matches("взрыв", "ru", "После взрыва в метро")).isTrue();
    assertThat(matches("война", "ru", "Нет войне")).isTrue();
    assertThat(matches("смерть", "ru", "Смертью храбрых")).isTrue();
    assertThat(matches("мёртвый", "ru", "мертвые тела")).as("е for ё").isTrue();
  }

  @Test
  void arabicCliticsAndBareSpelling() {
    assertThat(matches("إرهاب", "ar", "ضد الإرهاب")).isTrue();
    assertThat(matches("إرهاب", "ar", "ضد الارهاب")).as("alef without hamza").isTrue();
    assertThat(matches("مجزرة", "ar", "وقعت المجزره")).as("ه for ة").isTrue();
    assertThat(matches("انفجار", "ar", "وبالانفجار")).isTrue();
  }

  @Test
  void hindiPluralsAndNukta() {
    assertThat(matches("धमाका", "hi", "कई धमाकों में")).isTrue();
    assertThat(matches("हत्या", "hi", "हत्याओं का सिलसिला")).isTrue();
    assertThat(matches("ज़हर", "hi", "जहर दिया गया")).as("no nukta").isTrue();
    assertThat(matches("dhamaka", "hi-latn", "do dhamake hue")).isTrue();
  }

  @Test
  void koreanParticles() {
    assertThat(matches("지진", "ko", "지진으로 많은 사람이")).isTrue();
    assertThat(matches("테러", "ko", "테러가 발생했다")).isTrue();
    assertThat(matches("지진", "ko", "지진계")).as("no particle: another word").isFalse();
  }

  @Test
  void chineseTraditionalAndSimplified() {
    assertThat(matches("台湾独立", "zh", "支持臺灣獨立")).isTrue();
    assertThat(matches("地震", "zh", "昨天發生地震")).isTrue();
  }

  @Test
  void indonesianClitic() {
    assertThat(matches("gempa", "id", "Gempanya kuat sekali")).isTrue();
  }

  @Test
  void formsNeverShortenATerm() {
    assertThat(matches("bomba", "es", "bomb")).isFalse();
    assertThat(matches("omicidio", "it", "omicid")).isFalse();
  }

  @Test
  void listLanguageFilterUsesThePrimaryTagAndMul() {
    assertThat(TermSet.applies("hi-latn", Set.of("hi"))).isTrue();
    assertThat(TermSet.applies("mul", Set.of("en"))).isTrue();
    assertThat(TermSet.applies("fr", Set.of("en"))).isFalse();
    assertThat(TermSet.applies("fr", Set.of())).isTrue();
  }
}
