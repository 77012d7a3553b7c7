package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forms compiled at build time (see pom.xml) are the forms the terms compute: for every term,
 * cue and idiom of every bundled list, in every language, and nothing else is in the images.
 */
class FormsImageTest {
  @Test
  void everyBundledTermHasItsComputedFormsInTheImage() {
    Map<String, Map<String, List<List<String>>>> computed = FormsImage.bundledForms();
    FormsImage image = new FormsImage();
    assertThat(computed).hasSizeGreaterThan(10);
    int terms = 0;
    for (Map.Entry<String, Map<String, List<List<String>>>> lang : computed.entrySet()) {
      for (Map.Entry<String, List<List<String>>> term : lang.getValue().entrySet()) {
        assertThat(image.forms(lang.getKey(), term.getKey()))
            .as("%s term %s (run mvn process-classes)", lang.getKey(), term.getKey())
            .isEqualTo(term.getValue());
        terms++;
      }
    }
    assertThat(terms).isGreaterThan(5000);
  }

  @Test
  void aTermTheImageDoesNotHoldComputesItsForms() {
    FormsImage image = new FormsImage();
    TermList.Term term = TermList.term("zyxwv quartz", "en", true, List.of(), false,
        Phrases.NONE, Phrases.NONE, image);
    assertThat(image.forms("en", term.key())).isNull();
    assertThat(term.forms()).isEqualTo(term.computedForms()).isNotEmpty();
    assertThat(image.forms("xx", "1anything")).isNull();
  }

  @Test
  void anImageReadsBackAsWritten() {
    Map<String, List<List<String>>> terms = Map.of(
        "1not guilty", List.of(List.of("not", "guilty"), List.of("notguilty")),
        "0é\u0000extra", List.of(List.of("é"), List.of("extra")));
    assertThat(FormsImage.read(FormsImage.write(terms))).isEqualTo(terms);
  }
}
