package dev.hashvet.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.TestBooks;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.TermList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/coverage.md is generated from the data; this test keeps it in step. */
class CoverageDocTest {
  static final String COMMAND =
      "mvn -B -o -q test -Dtest=CoverageDocTest -Dhashvet.writeCoverage=true";

  private static final Path FILE =
      Path.of(System.getProperty("hashvet.root", "."), "docs/coverage.md");
  private static final RuleBook BOOK = TestBooks.bundled();

  @Test
  void committedCoverageMatchesTheData() throws IOException {
    String generated = CoverageDoc.render(BOOK);
    if (Boolean.getBoolean("hashvet.writeCoverage")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
    assertThat(committed)
        .as(
            "docs/coverage.md is out of date with the term lists and rule packs; regenerate it"
                + " with: "
                + COMMAND)
        .isEqualTo(generated);
  }

  @Test
  void everyRequiredLanguageHasEveryRiskList() {
    Map<String, Set<String>> byLang =
        BOOK.terms().all().stream()
            .collect(
                Collectors.groupingBy(
                    TermList::lang,
                    TreeMap::new,
                    Collectors.mapping(TermList::name, Collectors.toSet())));
    for (String lang :
        List.of(
            "en", "es", "pt", "fr", "de", "it", "nl", "tr", "ar", "hi", "hi-latn", "id", "ja", "zh",
            "ko", "ru")) {
      assertThat(byLang.get(lang)).as(lang).containsAll(CoverageDoc.RISK_LISTS);
    }
  }

  @Test
  void atLeastTwentyFiveMarketsHaveTheirOwnRules() {
    Set<String> regions =
        BOOK.rules().stream().flatMap(r -> r.regions().stream()).collect(Collectors.toSet());
    assertThat(regions)
        .hasSizeGreaterThanOrEqualTo(25)
        .contains(
            "US", "GB", "CA", "AU", "NZ", "IE", "FR", "DE", "ES", "IT", "NL", "PL", "TR", "RU",
            "UA", "IL", "AE", "SA", "EG", "IN", "PK", "BD", "CN", "HK", "TW", "JP", "KR", "ID",
            "MY", "PH", "BR", "MX", "AR", "ZA", "NG");
  }

  @Test
  void everyRegionRuleHasARegionalFlagAndPassCase() {
    BOOK.rules().stream()
        .filter(r -> !r.regions().isEmpty())
        .forEach(
            r -> {
              assertThat(r.examples())
                  .as(r.id())
                  .anyMatch(e -> e.flag() && r.regions().stream().anyMatch(e.regions()::contains));
              assertThat(r.examples())
                  .as(r.id())
                  .anyMatch(e -> !e.flag() && !e.regions().isEmpty());
            });
  }
}
