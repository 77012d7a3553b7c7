package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import dev.hashvet.rules.Category;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskLexiconTest {
  @Test
  void bundledLexiconUsesOnlyContractCategories() {
    RiskLexicon lexicon = RiskLexicon.bundled();
    assertThat(lexicon.words()).hasSizeGreaterThan(250);
    for (String w : lexicon.words()) {
      String category = lexicon.category(w).orElseThrow();
      assertThat(Category.parse(category)).as("category of %s", w).isPresent();
    }
  }

  @Test
  void bundledLexiconHasTheWordsTheTestsRelyOn() {
    RiskLexicon lexicon = RiskLexicon.bundled();
    assertThat(lexicon.category("anal")).contains("adult");
    assertThat(lexicon.category("rapist")).contains("crime");
    assertThat(lexicon.category("dead")).contains("death_injury_conflict");
    assertThat(lexicon.category("whore")).contains("profanity");
    assertThat(lexicon.category("nazi")).contains("hate");
    assertThat(lexicon.category("rapists")).contains("crime");
    assertThat(lexicon.words()).as("issue 11: slang that was missing")
        .contains("fart", "hoe", "lesbo", "stalk", "rimjob");
    assertThat(lexicon.words()).as("only false readings on the bench").doesNotContain("die",
        "dies");
    assertThat(lexicon.category("album")).isEmpty();
  }

  @Test
  void parsesCommentsBlankLinesAndTabs() {
    RiskLexicon lexicon =
        RiskLexicon.parse("x.tsv", "# words\n\nanal\tadult\ndead\tdeath_injury_conflict\n");
    assertThat(lexicon.words()).containsExactly("anal", "dead");
  }

  @Test
  void badLinesNameFileAndLine() {
    assertThatThrownBy(() -> RiskLexicon.parse("x.tsv", "anal\tadult\nrapist crime\n"))
        .isInstanceOf(HashvetException.class)
        .hasMessage("x.tsv:2: expected 'word<TAB>category', got 'rapist crime'");
    assertThatThrownBy(() -> RiskLexicon.parse("x.tsv", "Anal\tadult\n"))
        .hasMessage("x.tsv:1: 'Anal' is not a lower-case word");
    assertThatThrownBy(() -> RiskLexicon.parse("x.tsv", "anal\tAdult!\n"))
        .hasMessage("x.tsv:1: 'Adult!' is not a category id");
    assertThatThrownBy(() -> RiskLexicon.parse("x.tsv", "anal\tadult\nanal\tadult\n"))
        .hasMessage("x.tsv:2: 'anal' is listed twice");
  }

  @Test
  void possessiveReadsAsItsOwner() {
    RiskLexicon lexicon = RiskLexicon.of(Map.of("whore", "profanity"));
    assertThat(lexicon.riskWord("whore's")).contains("whore");
    assertThat(lexicon.riskWord("whores")).isEmpty();
    assertThat(lexicon.riskWord("who's")).isEmpty();
  }

  @Test
  void findsEveryOccurrenceInsideATag() {
    RiskLexicon lexicon = RiskLexicon.of(Map.of("ass", "profanity"));
    assertThat(lexicon.occurrences("classassessment"))
        .extracting(RiskLexicon.Occurrence::start)
        .containsExactlyInAnyOrder(2, 5);
  }
}
