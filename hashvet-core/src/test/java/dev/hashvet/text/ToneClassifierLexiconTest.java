package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.hashvet.HashvetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every emotion lexicon's own examples, run through the whole classifier (ESLint-style: each
 * example is a test named by lexicon and case), plus the file format's errors.
 */
class ToneClassifierLexiconTest {
  private static final ToneClassifier TONE = ToneClassifier.standard();
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Tokenizer TOKENIZER = new Tokenizer();

  @TestFactory
  Stream<DynamicTest> everyExample() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ToneLexicon lexicon : TONE.emotions()) {
      Tone tone = lexicon.tone();
      for (String text : lexicon.matchExamples()) {
        tests.add(
            dynamicTest(
                tone.id() + " match: " + text,
                () -> assertThat(TONE.classify(text)).as("%s", TONE.score(text)).isEqualTo(tone)));
      }
      for (String text : lexicon.noMatchExamples()) {
        tests.add(
            dynamicTest(
                tone.id() + " no_match: " + text,
                () ->
                    assertThat(TONE.classify(text)).as("%s", TONE.score(text)).isNotEqualTo(tone)));
      }
    }
    return tests.stream();
  }

  @Test
  void everyLexiconHasEnoughExamplesAndTerms() {
    assertThat(TONE.emotions())
        .extracting(ToneLexicon::tone)
        .containsExactly(Tone.GRIEF, Tone.ANGER, Tone.FEAR);
    for (ToneLexicon lexicon : TONE.emotions()) {
      assertThat(lexicon.matchExamples()).as(lexicon.name()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(lexicon.noMatchExamples()).as(lexicon.name()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(lexicon.terms()).as(lexicon.name()).hasSizeBetween(30, 150);
      assertThat(lexicon.description()).as(lexicon.name()).isNotBlank();
    }
  }

  @Test
  void everyStrongTermAloneDecidesItsTone() {
    // Catches a strong term that another lexicon shadows or that the tokenizer splits oddly.
    for (ToneLexicon lexicon : TONE.emotions()) {
      for (ToneLexicon.Term term : lexicon.terms()) {
        if (term.weight() == ToneLexicon.STRONG) {
          assertThat(TONE.classify(term.text()))
              .as("%s term '%s'", lexicon.name(), term.text())
              .isEqualTo(lexicon.tone());
        }
      }
    }
  }

  @Test
  void everyWeakTermAloneIsNotEnough() {
    for (ToneLexicon lexicon : TONE.emotions()) {
      for (ToneLexicon.Term term : lexicon.terms()) {
        if (term.weight() == ToneLexicon.WEAK) {
          assertThat(TONE.classify(term.text()))
              .as("%s weak term '%s'", lexicon.name(), term.text())
              .isNotEqualTo(lexicon.tone());
        }
      }
    }
  }

  @Test
  void cuesMatchWholeWordSequences() {
    ToneLexicon lexicon =
        parse("tone: fear\nterms: [stay safe, terrified]\nnot_in: [terrified of spiders]\n");
    assertThat(words(lexicon, "please stay safe out there")).containsExactly("stay safe");
    assertThat(words(lexicon, "stay, safe")).containsExactly("stay safe");
    assertThat(words(lexicon, "staysafe tonight")).containsExactly("stay safe");
    assertThat(words(lexicon, "stay_safe tonight")).containsExactly("stay safe");
    assertThat(words(lexicon, "stay safer")).isEmpty();
    assertThat(words(lexicon, "unterrified")).isEmpty();
    assertThat(words(lexicon, "terrified of spiders")).isEmpty();
    assertThat(words(lexicon, "terrified of the flood")).containsExactly("terrified");
    assertThat(words(lexicon, "not terrified")).isEmpty();
    assertThat(words(lexicon, "never really terrified")).isEmpty();
    assertThat(words(lexicon, "never was I really terrified")).containsExactly("terrified");
  }

  @Test
  void longestTermWinsAtAPlace() {
    ToneLexicon lexicon = parse("tone: anger\nterms: [shame on you]\nweak_terms: [shame]\n");
    List<ToneLexicon.Cue> cues = lexicon.cues(List.of("shame", "on", "you", "shame"));
    assertThat(cues).extracting(c -> c.term().text()).containsExactly("shame on you", "shame");
    assertThat(cues.get(0).term().weight()).isEqualTo(ToneLexicon.STRONG);
    assertThat(cues.get(1).term().weight()).isEqualTo(ToneLexicon.WEAK);
  }

  @Test
  void unknownKeyNamesFileAndLine() {
    assertThatThrownBy(() -> parse("tone: fear\nterms: [x]\nterm: [y]\n"))
        .isInstanceOf(HashvetException.class)
        .hasMessageStartingWith("test.yml:3: unknown key 'term'");
    assertThatThrownBy(() -> parse("tone: fear\nterms: [x]\nexamples:\n  matches: [y]\n"))
        .hasMessageStartingWith("test.yml:4: unknown key 'matches'");
  }

  @Test
  void toneMustBeAnEmotion() {
    assertThatThrownBy(() -> parse("tone: positive\nterms: [x]\n"))
        .hasMessageStartingWith("test.yml:1: tone must be grief, anger or fear");
    assertThatThrownBy(() -> parse("terms: [x]\n")).hasMessageContaining("missing 'tone'");
  }

  @Test
  void duplicateAndEmptyTermsAreErrors() {
    assertThatThrownBy(() -> parse("tone: grief\nterms:\n  - rip\nweak_terms:\n  - RIP\n"))
        .hasMessageStartingWith("test.yml:5: term 'RIP' is listed twice");
    assertThatThrownBy(() -> parse("tone: grief\nterms:\n  - rip\n  - '!!'\n"))
        .hasMessageStartingWith("test.yml:4: term '!!' has no words");
    assertThatThrownBy(() -> parse("tone: grief\nterms: []\n"))
        .hasMessageStartingWith("test.yml:2: no terms");
    assertThatThrownBy(() -> parse("tone: grief\nterms: rip\n"))
        .hasMessageStartingWith("test.yml:2: expected a list of strings");
  }

  private static ToneLexicon parse(String yaml) {
    return ToneLexicon.parse(
        "test.yml", yaml.getBytes(StandardCharsets.UTF_8), NORMALIZER, TOKENIZER);
  }

  private static List<String> words(ToneLexicon lexicon, String text) {
    List<String> words = new ArrayList<>();
    for (Token t : TOKENIZER.words(NORMALIZER.fold(text))) {
      words.add(t.word());
    }
    List<String> out = new ArrayList<>();
    for (ToneLexicon.Cue cue : lexicon.cues(words)) {
      out.add(cue.term().text());
    }
    return out;
  }
}
