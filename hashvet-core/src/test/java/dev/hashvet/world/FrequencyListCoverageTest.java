package dev.hashvet.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hashvet.TestBooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Floors for the share of a language's terms whose words are all among its 50,000 commonest
 * (figures in docs/languages.md). Skipped unless scripts/fetch-frequency-words.sh has put the
 * lists in target/frequency-words.
 */
class FrequencyListCoverageTest {
  private static final Path DIR = Path.of("target/frequency-words");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"vi, 0.95", "th, 0.6", "bn, 0.7", "he, 0.8"})
  void mostTermsAreEverydayWords(String lang, double floor) throws IOException {
    Optional<Path> file = FrequencyListCoverage.listFile(DIR, lang);
    assumeTrue(file.isPresent(), "run scripts/fetch-frequency-words.sh first");
    FrequencyListCoverage.Row row =
        FrequencyListCoverage.row(
            TestBooks.bundled(), lang, FrequencyListCoverage.words(file.get()));
    assertThat(row.share()).as(String.join("; ", row.absent())).isGreaterThanOrEqualTo(floor);
  }
}
