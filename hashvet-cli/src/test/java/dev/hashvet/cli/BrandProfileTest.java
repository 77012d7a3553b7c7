package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brand profile end to end: the same post vetted for a brewer, a snack brand and a kids'
 * brand, with the test pack of drinks rules (src/test/resources/garm/rules).
 */
class BrandProfileTest {
  static final Path RULES = Path.of("src/test/resources/garm/rules").toAbsolutePath();
  static final String BEER = "Cold beer for game night";
  static final String MINORS = "Cold beer for the kids at game night";

  @TempDir Path dir;

  private JsonNode check(String profile, String post) throws IOException {
    Files.writeString(dir.resolve(".hashvet.yml"), "rules: [\"" + RULES + "\"]\n" + profile);
    CliRun r = CliRun.run(dir, "", Map.of(), "check", post, "--offline", "--region", "US",
        "--at", "2026-06-10T12:00:00Z", "--format", "json", "--fail-on", "never");
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static JsonNode finding(JsonNode j, String rule) {
    for (JsonNode f : j.path("findings")) {
      if (f.path("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no finding of " + rule + " in " + j.path("findings"));
  }

  @Test
  void withoutAProfileTheRuleSeverityStands() throws IOException {
    JsonNode j = check("", BEER);
    assertThat(j.path("verdict").asText()).isEqualTo("REVIEW");
    JsonNode f = finding(j, "text.test-drinks");
    assertThat(f.path("severity").asText()).isEqualTo("review");
    assertThat(f.path("garm").path("category").asText()).isEqualTo("drugs_alcohol");
    assertThat(f.path("garm").path("tier").asText()).isEqualTo("medium");
    assertThat(f.path("evidence").has("suitability")).isFalse();
  }

  @Test
  void aBrewersBeerIsInformationButBeerForKidsStillBlocks() throws IOException {
    String brewer = "brand: {name: Hopfield Brewing, industry: alcohol}\n";
    JsonNode beer = check(brewer, BEER);
    assertThat(beer.path("verdict").asText()).isEqualTo("PASS");
    JsonNode f = finding(beer, "text.test-drinks");
    assertThat(f.path("severity").asText()).isEqualTo("info");
    assertThat(f.path("garm").path("tier").asText()).isEqualTo("medium");
    assertThat(f.path("evidence").path("suitability").asText())
        .contains("brand profile (industry alcohol)").contains("drugs_alcohol/medium info")
        .contains("not review").contains("alcohol.yml");

    JsonNode kids = check(brewer, MINORS);
    assertThat(kids.path("verdict").asText()).isEqualTo("BLOCK");
    JsonNode floor = finding(kids, "text.test-drinks-minors");
    assertThat(floor.path("severity").asText()).isEqualTo("block");
    assertThat(floor.path("garm").path("tier").asText()).isEqualTo("floor");
  }

  @Test
  void aSnackBrandReviewsBeerAndAKidsBrandBlocksIt() throws IOException {
    JsonNode snack = check("brand: {industry: food_and_drink}\n", BEER);
    assertThat(snack.path("verdict").asText()).isEqualTo("REVIEW");
    assertThat(finding(snack, "text.test-drinks").path("severity").asText()).isEqualTo("review");
    // The bundled text.drugs (low tier) is reviewed too by a snack brand.
    assertThat(finding(snack, "text.drugs").path("severity").asText()).isEqualTo("review");

    JsonNode kids = check("brand: {industry: kids_and_family}\n", BEER);
    assertThat(kids.path("verdict").asText()).isEqualTo("BLOCK");
    JsonNode f = finding(kids, "text.test-drinks");
    assertThat(f.path("severity").asText()).isEqualTo("block");
    assertThat(f.path("evidence").path("suitability").asText()).contains("not review");
  }

  @Test
  void theConfigsOwnSettingsGoOverThePreset() throws IOException {
    JsonNode j = check("""
        brand: {industry: alcohol}
        suitability:
          drugs_alcohol: {block: [high], review: [medium]}
        """, BEER);
    assertThat(j.path("verdict").asText()).isEqualTo("REVIEW");
    assertThat(finding(j, "text.test-drinks").path("evidence").has("suitability")).isFalse();
  }

  @Test
  void theTextReportSaysTheProfileChangedIt() throws IOException {
    Files.writeString(dir.resolve(".hashvet.yml"),
        "rules: [\"" + RULES + "\"]\nbrand: {industry: alcohol}\n");
    CliRun r = CliRun.run(dir, "", Map.of(), "check", BEER, "--offline", "--region", "US",
        "--at", "2026-06-10T12:00:00Z", "--verbose");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("GARM: drugs_alcohol/medium")
        .contains("suitability: the brand profile (industry alcohol)");
  }
}
