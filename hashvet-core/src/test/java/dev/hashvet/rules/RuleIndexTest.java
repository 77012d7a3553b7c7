package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.TestBooks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a post meets are the global ones and those of its markets, in book order. */
class RuleIndexTest {
  private final List<Rule> rules = TestBooks.bundled().rules();
  private final RuleIndex index = new RuleIndex(rules);

  @Test
  void aGlobalPostMeetsEveryRule() {
    assertThat(index.forMarkets(List.of())).isEqualTo(rules);
  }

  @Test
  void aMarketMeetsTheRulesForEveryMarketAndItsOwn() {
    List<Rule> de = index.forMarkets(List.of("DE"));
    assertThat(de).isEqualTo(rules.stream()
        .filter(r -> r.regions().isEmpty() || r.regions().contains("DE")).toList());
    assertThat(de).hasSizeLessThan(rules.size());
    assertThat(index.forMarkets(new java.util.ArrayList<>(List.of("DE")))).isSameAs(de);
  }

  @Test
  void rulesAreFoundById() {
    Rule first = rules.get(0);
    assertThat(index.rule(first.id())).containsSame(first);
    assertThat(index.rule("no.such-rule")).isEmpty();
  }
}
