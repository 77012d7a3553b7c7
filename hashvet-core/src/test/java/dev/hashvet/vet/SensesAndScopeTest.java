package dev.hashvet.vet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.HashvetException;
import dev.hashvet.TestBooks;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Senses, exclusions, the scope of combinations and {@code unless}, through a test rule folder
 * whose examples assert each behaviour (flag with a severity, pass), and the errors their keys
 * give when misused.
 */
class SensesAndScopeTest {
  @TempDir Path dir;

  private static Path folder() throws URISyntaxException {
    return Path.of(SensesAndScopeTest.class.getResource("/senses/sense-pack.yml").toURI())
        .getParent();
  }

  @Test
  void everyCaseOfTheTestFolderBehaves() throws Exception {
    Pipeline p = TestBooks.pipeline(List.of(folder()));
    List<RuleTester.CaseResult> cases = new RuleTester(p).runAll().stream()
        .filter(c -> c.subject().startsWith("test.") || c.subject().contains("test_mishap"))
        .toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(22);
    assertThat(cases).allSatisfy(c -> assertThat(c.passed()).as(c.name() + " " + c.problem())
        .isTrue());
  }

  private String loadError(String yaml) throws IOException {
    Files.writeString(dir.resolve("x.yml"), yaml);
    try {
      TestBooks.own(List.of(dir));
    } catch (HashvetException e) {
      assertThat(e.exitCode()).isEqualTo(2);
      return e.getMessage();
    }
    throw new AssertionError("expected the file to be refused");
  }

  @Test
  void badSenseKeysNameFileAndLine() throws IOException {
    String list = "list: t\nlang: en\nsenses: {window: 0}\nterms: [a]\n";
    assertThat(loadError(list)).contains("x.yml:3").contains("window must be");
    assertThat(loadError("list: t\nlang: en\nterms:\n  - {term: a, ambiguous: maybe}\n"))
        .contains("x.yml:4").contains("ambiguous is true or false");
    assertThat(loadError("list: t\nlang: en\nterms: [a]\nexclude: []\n"))
        .contains("exclude takes a list");
    assertThat(loadError("list: t\nlang: en\nterms: [a]\nsenses: {risky: x}\n"))
        .contains("expected a list of words or phrases");
  }

  private static final String PACK = """
      pack: p
      rules:
        - id: p.r
          category: tragedy
          severity: review
          message: "m"
          why: "w"
          match:
            all: %s
          examples:
            flag: ["a b"]
      """;

  @Test
  void badScopeKeysNameFileAndKey() throws IOException {
    assertThat(loadError(PACK.formatted("{of: [{terms: {terms: [a]}}, {terms: {terms: [b]}}],"
        + " within: paragraph}"))).contains("within takes a number");
    Files.delete(dir.resolve("x.yml"));
    assertThat(loadError(PACK.formatted("{within: 3}"))).contains("needs 'of'");
    Files.delete(dir.resolve("x.yml"));
    assertThat(loadError(PACK.formatted("{of: [{terms: {terms: [a]}}], within: 3}")))
        .contains("at least two matchers");
  }
}
