package dev.hashvet.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.text.LanguageDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floors for the detector's accuracy on the labelled posts (the figures themselves are printed by
 * {@link LanguageAccuracy#main} and reported in docs/languages.md). A drop below a floor means a
 * change to the word lists or the policy made detection worse.
 */
class LanguageAccuracyTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void tuningSetBestGuessAndCoverage() {
    List<LanguageAccuracy.Case> cases = LanguageAccuracy.run(detector, LanguageAccuracy.TUNING);
    assertThat(cases).hasSizeGreaterThan(150);
    assertThat(share(cases, true)).isGreaterThanOrEqualTo(0.93);
    assertThat(share(cases, false)).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void heldOutSetBestGuessAndCoverage() {
    List<LanguageAccuracy.Case> cases = LanguageAccuracy.run(detector, LanguageAccuracy.HELD_OUT);
    assertThat(cases).hasSizeGreaterThan(80);
    assertThat(share(cases, true)).isGreaterThanOrEqualTo(0.88);
    assertThat(share(cases, false)).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void everyLabelIsMostlyRight() {
    var table = LanguageAccuracy.table(LanguageAccuracy.run(detector, LanguageAccuracy.TUNING));
    table.forEach(
        (label, row) ->
            assertThat((double) row[1] / row[0]).as(label).isGreaterThanOrEqualTo(0.75));
  }

  private static double share(List<LanguageAccuracy.Case> cases, boolean best) {
    long ok = cases.stream().filter(c -> best ? c.best() : c.covered()).count();
    return (double) ok / cases.size();
  }
}
