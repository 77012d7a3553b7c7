package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.text.EvasionSignal.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvasionDetectorTest {
  private final EvasionDetector detector = new EvasionDetector();

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E"})
  void invisibleCharacterInsideALatinTagIsReported(String invisible) {
    List<EvasionSignal> signals = detector.inspect("notguilty", "not" + invisible + "guilty");
    assertThat(signals).hasSize(1);
    EvasionSignal s = signals.get(0);
    assertThat(s.kind()).isEqualTo(Kind.ZERO_WIDTH);
    assertThat(s.where()).isEqualTo("notguilty");
    assertThat(s.revealed()).isEqualTo("notguilty");
    assertThat(s.detail()).contains(String.format("U+%04X", (int) invisible.charAt(0)), "at 3");
  }

  @Test
  void severalInvisiblesMakeOneSignalNamingEach() {
    EvasionSignal s = detector.inspect("text", "f\u200Bu\u200Bc\u200Bk off").get(0);
    assertThat(s.detail()).startsWith("invisible 3 characters: U+200B ZERO WIDTH SPACE at 1");
    assertThat(s.revealed()).isEqualTo("fuck off");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067",
      "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"})
  void bidiControlsAreReported(String control) {
    List<EvasionSignal> signals = detector.inspect("text", "sale " + control + "ytliug");
    assertThat(signals).extracting(EvasionSignal::kind).containsExactly(Kind.BIDI_CONTROL);
    assertThat(signals.get(0).revealed()).isEqualTo("sale ytliug");
  }

  @Test
  void cyrillicLookalikeInALatinTagIsRevealed() {
    List<EvasionSignal> signals = detector.inspect("nоtguilty", "nоtguilty");
    assertThat(signals).hasSize(1);
    EvasionSignal s = signals.get(0);
    assertThat(s.kind()).isEqualTo(Kind.LOOKALIKE);
    assertThat(s.revealed()).isEqualTo("notguilty");
    assertThat(s.detail()).contains("Cyrillic", "U+043E");
  }

  @Test
  void greekLookalikeWithCapitalsIsRevealedFolded() {
    EvasionSignal s = detector.inspect("tag", "NΟTGUILTY").get(0);
    assertThat(s.kind()).isEqualTo(Kind.LOOKALIKE);
    assertThat(s.revealed()).isEqualTo("notguilty");
  }

  @Test
  void latinMixedWithANonLookalikeLetterIsMixedScript() {
    List<EvasionSignal> signals = detector.inspect("tag", "moskвa");
    assertThat(signals).extracting(EvasionSignal::kind).containsExactly(Kind.MIXED_SCRIPT);
    assertThat(signals.get(0).detail()).contains("Latin and Cyrillic");
  }

  @ParameterizedTest
  @ValueSource(strings = {"東京", "москва", "Μαχάτμα_Γκάντι", "Tokyo東京", "ONEPIECE好きと繋がりたい",
      "café", "notguilty", "2020Vision", "il·lusió", "트위터"})
  void singleScriptAndUsualMixesAreNotEvasion(String tag) {
    assertThat(detector.inspect(tag, tag)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "family 👨\u200D👩\u200D👧 day",
    "love ❤️ it",
    "🧑🏽\u200D💻 coding",
    "wave 👋🏿 hi",
    "🏳️\u200D🌈 pride",
    "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F scotland",
    "#1️⃣ keycap"
  })
  void emojiSequencesAreNotEvasion(String text) {
    assertThat(detector.inspect("text", text))
        .filteredOn(s -> s.kind() == Kind.ZERO_WIDTH)
        .isEmpty();
  }

  @Test
  void joinersInScriptsThatShapeWithThemAreNotEvasion() {
    assertThat(detector.inspect("t", "می\u200Cخواهم")).isEmpty();
    assertThat(detector.inspect("t", "ශ්\u200Dරීලංකා")).isEmpty();
  }

  @Test
  void zeroWidthJoinerBetweenLatinLettersIsEvasion() {
    assertThat(detector.inspect("t", "ra\u200Dpe"))
        .extracting(EvasionSignal::kind)
        .containsExactly(Kind.ZERO_WIDTH);
  }

  @Test
  void plainTextHasNoSignals() {
    assertThat(detector.inspect("text", "Happy Monday! #MondayMotivation")).isEmpty();
  }
}
