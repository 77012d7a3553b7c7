package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words a pattern cannot match without, and that passing over texts without them is safe. */
class RequiredWordsTest {
  private static final int FLAGS =
      Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @Test
  void readsTheLiteralAlternativesOfATopLevelGroup() {
    assertThat(RequiredWords.of(
        "\\b(hurricane|typhoon|cyclone|superstorm|tropical storm)\\s+\\p{L}{3,}"))
        .hasValueSatisfying(r -> assertThat(r.alternatives())
            .containsExactly("hurricane", "typhoon", "cyclone", "superstorm", "tropical storm"));
    assertThat(RequiredWords.of("^(?:Storm|Flood)[a-z]+$"))
        .hasValueSatisfying(r -> assertThat(r.alternatives()).containsExactly("storm", "flood"));
    // A group that is not all literals is passed over for the next one.
    assertThat(RequiredWords.of("(\\d+|x)\\s(dead|killed)"))
        .hasValueSatisfying(r -> assertThat(r.alternatives()).containsExactly("dead", "killed"));
  }

  @Test
  void knowsNothingOfExpressionsItCannotReadSafely() {
    assertThat(RequiredWords.of("(^|\\D)6\\s*/\\s*4\\s*/\\s*(19)?89(\\D|$)")).isEmpty();
    assertThat(RequiredWords.of("(storm|flood)|sale")).isEmpty(); // top-level alternative
    assertThat(RequiredWords.of("(storm|flood)?sale")).isEmpty(); // optional group
    assertThat(RequiredWords.of("(storm|flood)*sale")).isEmpty();
    assertThat(RequiredWords.of("(storm|flood){0,2}sale")).isEmpty();
    assertThat(RequiredWords.of("(storm||flood)")).isEmpty(); // empty alternative
    assertThat(RequiredWords.of("(?x)(tropical storm)")).isEmpty(); // spaces mean nothing in x mode
    assertThat(RequiredWords.of("(?<=a)(storm)")).isEmpty();
    assertThat(RequiredWords.of("\\Q(storm)\\E")).isEmpty();
    assertThat(RequiredWords.of("[(](storm|flood")).isEmpty(); // unbalanced once '[(]' is read
    assertThat(RequiredWords.of("[|](storm)")).hasValueSatisfying(r ->
        assertThat(r.alternatives()).containsExactly("storm")); // '|' inside a class is literal
  }

  @Test
  void comparesTheWayTheRegexEngineComparesLetters() {
    RequiredWords r = RequiredWords.of("\\b(iri|kelvin|straße|σοφία)\\b").orElseThrow();
    assertThat(r.anyIn("İRİ")).isTrue();
    assertThat(r.anyIn("\u212Aelvin")).isTrue(); // Kelvin sign
    assertThat(r.anyIn("STRAẞE")).isTrue(); // capital sharp s
    assertThat(r.anyIn("ΣΟΦΊΑ")).isTrue();
    assertThat(r.anyIn("nothing here")).isFalse();
  }

  /** Whenever the expression finds a match, the words are in the text: the skip never hides one. */
  @Test
  void neverSkipsATextTheExpressionMatches() {
    List<String> regexes = List.of(
        "\\b(hurricane|typhoon|tropical storm)\\s+\\p{L}{3,}",
        "(sale|deal)s?\\b",
        "\\b(iri|ıra|kelvin|ss|ß)\\w*",
        "(?:σοφία|ς|σ)\\d");
    String alphabet = "abcdefghiklnoprstuvyHIKLNRSTU İıß\u1E9E\u212Aσςέ0123456789 ";
    String[] seeds = {"hurricane ", "typhoon ", "tropical storm ", "sale", "deal", "iri", "ıra",
        "kelvin", "ss", "σοφία", "ς1", "σ2", "HURRICANE ", "SALE", "İRİ", "\u212AELVIN"};
    Random random = new Random(42);
    int matched = 0;
    for (String regex : regexes) {
      Pattern p = Pattern.compile(regex, FLAGS);
      RequiredWords r = RequiredWords.of(regex).orElseThrow();
      for (int n = 0; n < 5_000; n++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
          text.append(random.nextInt(3) == 0 ? seeds[random.nextInt(seeds.length)]
              : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
        }
        String t = text.toString();
        if (p.matcher(t).find()) {
          matched++;
          assertThat(r.anyIn(t)).as("%s on '%s'", regex, t).isTrue();
        }
      }
    }
    assertThat(matched).isGreaterThan(1_000);
  }
}
