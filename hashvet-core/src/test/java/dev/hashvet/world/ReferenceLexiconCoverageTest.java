package dev.hashvet.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hashvet.TestBooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Floors for how much of the shared reference lexicons our English lists cover (figures in
 * docs/languages.md). Skipped when ../shared is not there.
 */
class ReferenceLexiconCoverageTest {
  @Test
  void ourListsCoverTheCoreOfTheReferenceLexicons() throws IOException {
    Optional<Path> lex = ReferenceLexiconCoverage.lexicons(System.getProperty("hashvet.shared"));
    assumeTrue(lex.isPresent(), "../shared/reference/lexicons not available");
    Map<String, Double> share =
        ReferenceLexiconCoverage.rows(TestBooks.bundled(), lex.get()).stream()
            .collect(
                Collectors.toMap(
                    ReferenceLexiconCoverage.Row::name, ReferenceLexiconCoverage.Row::share));
    assertThat(share.get("crisislex")).isGreaterThanOrEqualTo(0.5);
    assertThat(share.get("death")).isGreaterThanOrEqualTo(0.35);
    assertThat(share.get("swearing_terms")).isGreaterThanOrEqualTo(0.45);
    assertThat(share.get("terrorism")).isGreaterThanOrEqualTo(0.25);
    assertThat(share.get("weapon")).isGreaterThanOrEqualTo(0.2);
  }
}
