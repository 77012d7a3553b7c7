package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import dev.hashvet.TestBooks;
import dev.hashvet.garm.Brand;
import dev.hashvet.garm.Garm;
import dev.hashvet.garm.GarmCategory;
import dev.hashvet.garm.GarmTier;
import dev.hashvet.vet.Pipeline;
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
      TestBooks.own(List.of(dir));
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
    RuleBook book = TestBooks.own(List.of(dir));
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
    assertThatThrownBy(() -> TestBooks.own(List.of(dir.resolve("nope"))))
        .hasMessageContaining("rule folder not found");
  }

  @Test
  void garmSettingIsReadAndCheckedWithFileAndLine() throws IOException {
    String withGarm = GOOD_RULE.replace("    match:", "    garm: {category: crime, tier: high}\n"
        + "    match:");
    Files.writeString(dir.resolve("brand.yml"), withGarm);
    Rule rule = TestBooks.own(List.of(dir)).rules().get(0);
    Garm g = rule.garm().of(rule.category(), rule.severity());
    assertThat(g).isEqualTo(new Garm(GarmCategory.CRIME, GarmTier.HIGH));

    assertThat(loadError(GOOD_RULE.replace("    match:", "    garm: {category: guns}\n"
        + "    match:"))).contains("brand.yml:8").contains("unknown GARM category 'guns'")
        .contains("arms");
    assertThat(loadError(GOOD_RULE.replace("    match:", "    garm: {tier: severe}\n"
        + "    match:"))).contains("brand.yml:8").contains("unknown GARM tier 'severe'");
    assertThat(loadError(GOOD_RULE.replace("    match:", "    garm: {tir: high}\n"
        + "    match:"))).contains("brand.yml:8").contains("unknown key 'tir'");
    assertThat(loadError(GOOD_RULE.replace("    match:", "    garm: {tier: floor}\n"
        + "    match:"))).contains("brand.yml:8").contains("must have severity block");
  }

  @Test
  void withoutASettingTheTierFollowsTheSeverityAndTheCategoryItsGarmCategory() throws IOException {
    Files.writeString(dir.resolve("brand.yml"), GOOD_RULE);
    Rule rule = TestBooks.own(List.of(dir)).rules().get(0);
    assertThat(rule.garm()).isEqualTo(GarmSetting.NONE);
    assertThat(rule.garm().of(rule.category(), rule.severity()))
        .isEqualTo(new Garm(GarmCategory.SENSITIVE_SOCIAL_ISSUES, GarmTier.MEDIUM));
    assertThat(Severity.BLOCK.garmTier()).isEqualTo(GarmTier.HIGH);
    assertThat(Severity.INFO.garmTier()).isEqualTo(GarmTier.LOW);
    for (Category c : Category.values()) {
      assertThat(c.garm()).as(c.id()).isNotNull();
      GarmCategory.parse(c.id()).ifPresent(g -> assertThat(c.garm()).isEqualTo(g));
    }
  }

  @Test
  void aSetTierIsHeldAtMediumWhenTheRulesMarketIsNotTargeted() throws IOException {
    Files.writeString(dir.resolve("brand.yml"), GOOD_RULE.replace("severity: review",
        "severity: block\n    regions: [DE]\n    garm: {tier: high}"));
    Rule rule = TestBooks.own(List.of(dir)).rules().get(0);
    Pipeline p = Pipeline.of(TestBooks.own(List.of(dir)));
    java.time.ZonedDateTime at = java.time.ZonedDateTime.parse("2026-06-10T12:00Z");
    Finding global = rule.apply(p.text().subject("Better than Acme", at, List.of(), List.of("en"),
        Context.NONE)).orElseThrow();
    assertThat(global.severity()).isEqualTo(Severity.REVIEW);
    assertThat(global.garm().tier()).isEqualTo(GarmTier.MEDIUM);
    Finding de = rule.apply(p.text().subject("Better than Acme", at, List.of("DE"),
        List.of("en"), Context.NONE)).orElseThrow();
    assertThat(de.severity()).isEqualTo(Severity.BLOCK);
    assertThat(de.garm().tier()).isEqualTo(GarmTier.HIGH);
  }

  @Test
  void theBrandRidesWithTheSubject() {
    Pipeline p = Pipeline.of(TestBooks.bundled());
    Brand brand = new Brand("Acme", List.of("acme"), List.of("acmecrunch"), "food_and_drink");
    Subject s = p.text().subject("#acmecrunch time", java.time.ZonedDateTime.parse(
        "2026-06-10T12:00Z"), List.of(), List.of("en"), Context.NONE);
    assertThat(s.brand()).isEqualTo(Brand.NONE);
    Subject branded = s.withBrand(brand).withContext(Context.NONE);
    assertThat(branded.brand()).isEqualTo(brand);
    assertThat(branded.tags()).isEqualTo(s.tags());
  }
}
