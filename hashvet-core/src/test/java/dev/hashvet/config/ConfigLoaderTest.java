package dev.hashvet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.garm.Brand;
import dev.hashvet.garm.Garm;
import dev.hashvet.garm.GarmCategory;
import dev.hashvet.garm.GarmTier;
import dev.hashvet.garm.Industries;
import dev.hashvet.garm.Suitability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Config load(String yaml) throws Exception {
    Path f = dir.resolve(".hashvet.yml");
    Files.writeString(f, yaml);
    return new ConfigLoader().read(f);
  }

  private String error(String yaml) {
    return assertThatThrownBy(() -> load(yaml)).extracting(Throwable::getMessage).asString().actual();
  }

  @Test
  void readsTheContractExample() throws Exception {
    Config c = load("""
        regions: [US, gb]
        languages: [en]
        fail_on: review
        rules: [./brand-rules]
        allow:
          - {rule: context.legal-proceedings, tag: "#notguilty", reason: "our snack line since 2009", expires: 2027-06-30}
        sources:
          mastodon:  {enabled: true, instances: ["https://social.example"]}
          bluesky:   {enabled: true, url: "https://pds.example"}
          reddit:    {enabled: false}
        """);
    assertThat(c.regions()).containsExactly("US", "GB");
    assertThat(c.failOn()).contains("review");
    assertThat(c.ruleDirs().get(0)).isEqualTo(dir.resolve("brand-rules"));
    AllowEntry a = c.allow().get(0);
    assertThat(a.tag()).isEqualTo("notguilty");
    assertThat(a.expires()).contains(LocalDate.of(2027, 6, 30));
    assertThat(a.where()).endsWith(".hashvet.yml:6");
    assertThat(a.expiredOn(LocalDate.of(2027, 7, 1))).isTrue();
    assertThat(c.source("mastodon").instances()).containsExactly("https://social.example");
    assertThat(c.source("reddit").enabled()).contains(false);
    assertThat(c.source("news")).isEqualTo(SourceConfig.DEFAULT);
  }

  @Test
  void errorsNameLineAndKey() {
    assertThat(error("regions: [US]\nsources:\n  mastodon: {enabeld: true}\n"))
        .contains(".hashvet.yml:3").contains("unknown key 'enabeld'");
    assertThat(error("sources:\n  twitter: {enabled: true}\n")).contains(":2").contains("'twitter'");
    assertThat(error("regions: [Atlantis]\n")).contains(".hashvet.yml:1").contains("'Atlantis'");
    assertThat(error("fail_on: sometimes\n")).contains("fail_on must be");
    assertThat(error("allow:\n  - {rule: x, tag: y}\n")).contains(":2").contains("reason");
    assertThat(error("allow:\n  - {rule: x, reason: r}\n")).contains("'tag', 'term' or 'row'");
    assertThat(error("allow:\n  - {rule: x, tag: y, reason: r, expires: soon}\n")).contains("expires");
    assertThat(error("- a\n- b\n")).contains("mapping");
  }

  @Test
  void readsTheBrandProfileOverItsIndustryPreset() throws Exception {
    Config c = load("""
        brand:
          name: Hopfield Brewing
          handles: ["@hopfieldbrew", hopfield_uk]
          tags: ["#HopfieldSummer"]
          industry: alcohol
        suitability:
          sensitive_social_issues: {block: [high], review: [medium, low]}
        """);
    Brand b = c.profile().brand();
    assertThat(b.name()).isEqualTo("Hopfield Brewing");
    assertThat(b.handles()).containsExactly("hopfieldbrew", "hopfield_uk");
    assertThat(b.tags()).containsExactly("HopfieldSummer");
    assertThat(b.industry()).isEqualTo("alcohol");
    Suitability s = c.profile().suitability();
    Suitability.Levels drinks = s.levels(GarmCategory.DRUGS_ALCOHOL).orElseThrow();
    assertThat(drinks.block()).containsExactly(GarmTier.HIGH);
    assertThat(drinks.review()).isEmpty();
    assertThat(drinks.where()).contains("alcohol.yml");
    Suitability.Levels social = s.levels(GarmCategory.SENSITIVE_SOCIAL_ISSUES).orElseThrow();
    assertThat(social.review()).containsExactlyInAnyOrder(GarmTier.MEDIUM, GarmTier.LOW);
    assertThat(social.where()).endsWith(".hashvet.yml:7");
    assertThat(s.level(new Garm(GarmCategory.DRUGS_ALCOHOL, GarmTier.MEDIUM)))
        .contains(Suitability.Level.INFO);
    assertThat(s.level(new Garm(GarmCategory.DRUGS_ALCOHOL, GarmTier.FLOOR)))
        .contains(Suitability.Level.BLOCK);
    assertThat(s.level(new Garm(GarmCategory.ARMS, GarmTier.MEDIUM)))
        .contains(Suitability.Level.REVIEW);
  }

  @Test
  void withoutAProfileNothingChanges() throws Exception {
    Config c = load("regions: [US]\n");
    assertThat(c.profile().isEmpty()).isTrue();
    assertThat(c.profile().suitability().level(new Garm(GarmCategory.ARMS, GarmTier.LOW)))
        .isEmpty();
    Config own = load("suitability:\n  arms: {block: [high, medium]}\n");
    assertThat(own.profile().suitability().level(new Garm(GarmCategory.HATE, GarmTier.HIGH)))
        .isEmpty();
    assertThat(own.profile().suitability().level(new Garm(GarmCategory.ARMS, GarmTier.LOW)))
        .contains(Suitability.Level.INFO);
  }

  @Test
  void everyPresetLoads() throws Exception {
    Path folder = Path.of("src/main/resources/garm/industries");
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yml"))
          .map(f -> f.replaceFirst("\\.yml$", "")).sorted().toList())
          .as(folder + "/index.txt").isEqualTo(Industries.names().stream().sorted().toList());
    }
    assertThat(Industries.names()).contains("default", "food_and_drink", "alcohol", "finance",
        "health", "gaming", "kids_and_family");
    for (String name : Industries.names()) {
      Suitability s = Industries.suitability(name);
      assertThat(s.fallback()).as(name).isPresent();
      assertThat(Industries.description(name)).as(name).startsWith(name + ": ");
    }
  }

  @Test
  void brandProfileErrorsNameFileLineAndKey() {
    assertThat(error("brand:\n  nmae: Acme\n")).contains(".hashvet.yml:2")
        .contains("unknown key 'nmae'");
    assertThat(error("brand: {industry: brewery}\n")).contains(".hashvet.yml:1")
        .contains("unknown industry 'brewery'").contains("alcohol");
    assertThat(error("brand: Acme\n")).contains(".hashvet.yml:1").contains("mapping");
    assertThat(error("brand:\n  handles: {a: b}\n")).contains(":2").contains("list");
    assertThat(error("suitability:\n  guns: {block: [high]}\n")).contains(".hashvet.yml:2")
        .contains("unknown key 'guns'").contains("arms");
    assertThat(error("suitability:\n  arms: {block: [severe]}\n")).contains(":2")
        .contains("unknown tier 'severe'");
    assertThat(error("suitability:\n  arms: {review: [floor]}\n")).contains(":2")
        .contains("'floor' always blocks");
    assertThat(error("suitability:\n  arms: {block: [high], review: [high]}\n"))
        .contains("both in block and in review");
    assertThat(error("suitability:\n  arms: {blok: [high]}\n")).contains(":2")
        .contains("unknown key 'blok'");
    assertThat(error("suitability:\n  arms: high\n")).contains(":2").contains("mapping");
    assertThat(error("suitability: [arms]\n")).contains(":1").contains("mapping");
  }

  @Test
  void emptyFileIsDefaults() throws Exception {
    assertThat(load("").regions()).isEmpty();
  }

  @Test
  void findsUpwardThenUserFolder() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Path home = Files.createDirectories(dir.resolve("home/.config/hashvet"));
    Files.writeString(home.resolve("config.yml"), "regions: [IN]\n");
    ConfigLoader l = new ConfigLoader();
    Map<String, String> env = Map.of("HOME", dir.resolve("home").toString());
    assertThat(l.load(Optional.empty(), sub, env).regions()).containsExactly("IN");
    Files.writeString(dir.resolve("a/.hashvet.yml"), "regions: [GB]\n");
    assertThat(l.load(Optional.empty(), sub, env).regions()).containsExactly("GB");
    assertThatThrownBy(() -> l.load(Optional.of(Path.of("nope.yml")), sub, env))
        .hasMessageContaining("--config: no such file");
  }
}
