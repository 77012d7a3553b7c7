package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad rule files fail loudly with file, line and key. */
class RuleBookTest {
  @TempDir Path dir;

  private String loadError(String yaml) throws IOException {
    Files.writeString(dir.resolve("brand.yml"), yaml);
    try {
      RuleBook.load(List.of(dir), false);
    } catch (HashvetException e) {
      assertThat(e.exitCode()).isEqualTo(2);
      return e.getMessage();
    }
    throw new AssertionError("expected the pack to be refused");
  }

  private static final String GOOD_RULE = """
      pack: brand
      rules:
        - id: brand.rival-name
          category: regional_cultural
          severity: review
          message: "Mentions ${term}"
          why: "We do not name rivals."
          match: {terms: {terms: [acme]}}
          examples:
            flag: ["Better than Acme"]
            pass: ["Better than ever"]
      """;

  @Test
  void aGoodUserPackLoadsAndMatches() throws IOException {
    Files.writeString(dir.resolve("brand.yml"), GOOD_RULE);
    RuleBook book = RuleBook.load(List.of(dir), false);
    assertThat(book.rules()).extracting(Rule::id).containsExactly("brand.rival-name");
    assertThat(book.terms().names()).contains("legal", "promotional");
  }

  @Test
  void unknownKeyNamesFileLineAndKey() throws IOException {
    String msg = loadError(GOOD_RULE.replace("    why:", "    severty: block\n    why:"));
    assertThat(msg).contains("brand.yml:7").contains("unknown key 'severty'");
  }

  @Test
  void unknownCategory() throws IOException {
    assertThat(loadError(GOOD_RULE.replace("regional_cultural", "rivals")))
        .contains("brand.yml:4").contains("unknown category 'rivals'");
  }

  @Test
  void unknownTermList() throws IOException {
    assertThat(loadError(GOOD_RULE.replace("{terms: [acme]}", "{lists: [rivals]}")))
        .contains("unknown term list 'rivals'");
  }

  @Test
  void emptyTermListAndEmptyPack() throws IOException {
    assertThat(loadError("list: rivals\nlang: en\nterms: []\n")).contains("has no terms");
    Files.delete(dir.resolve("brand.yml"));
    assertThat(loadError("pack: brand\nrules: []\n")).contains("pack 'brand' has no rules");
  }

  @Test
  void ruleWithoutExamplesIsRefused() throws IOException {
    String noExamples = GOOD_RULE.substring(0, GOOD_RULE.indexOf("    examples:"));
    assertThat(loadError(noExamples)).contains("has no examples");
  }

  @Test
  void duplicateIdAndUnknownMatcherKind() throws IOException {
    String dup = GOOD_RULE + GOOD_RULE.substring(GOOD_RULE.indexOf("  - id:"));
    assertThat(loadError(dup)).contains("already defined");
    assertThat(loadError(GOOD_RULE.replace("{terms: {terms: [acme]}}", "{regexp: {x: 1}}")))
        .contains("unknown matcher kind 'regexp'");
  }

  @Test
  void yamlSyntaxErrorHasLine() throws IOException {
    assertThat(loadError("pack: brand\nrules:\n  - id: [unclosed\n")).contains("brand.yml:");
  }

  @Test
  void badRegexIsAnError() throws IOException {
    assertThat(loadError(GOOD_RULE.replace("{terms: {terms: [acme]}}",
        "{pattern: {regex: \"(unclosed\"}}"))).contains("bad regular expression");
  }

  @Test
  void missingFolder() {
    assertThatThrownBy(() -> RuleBook.load(List.of(dir.resolve("nope")), false))
        .hasMessageContaining("rule folder not found");
  }
}
