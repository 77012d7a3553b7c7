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
 * A team's own observance files, found in the rule folders that config names: the date rules
 * and {@code hashvet dates} use them, and a bad file is exit 2 with its file and line.
 */
class UserObservancesTest {
  @TempDir Path dir;

  private static final String FOUNDERS_DAY = """
      description: Our own dates.
      observances:
        - id: acme.founder-memorial
          name: Founder's memorial day
          regions: [US]
          kind: remembrance
          date: {fixed: "06-08"}
          promo: block
          plain: info
          guidance: >-
            The day our founder died; the company posts a tribute only, no offers.
          source: "Acme brand calendar"
          examples: {2026: 2026-06-08}
      """;

  private void folder(String observances) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("brand-rules"));
    Files.writeString(rules.resolve("dates.yml"), observances);
    Files.writeString(dir.resolve(".hashvet.yml"), "rules: [./brand-rules]\n");
  }

  private CliRun run(String... args) {
    return CliRun.run(dir, "", Map.of(), args);
  }

  @Test
  void aPromotionOnTheTeamsOwnDayBlocksInItsMarket() throws IOException {
    folder(FOUNDERS_DAY);
    CliRun r = run("check", "Summer sale: 20% off everything", "--offline", "--region", "US",
        "--at", "2026-06-08T12:00:00-04:00", "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.path("findings").findValuesAsText("observance")).contains("acme.founder-memorial");
    CliRun elsewhere = run("check", "Summer sale: 20% off everything", "--offline", "--region",
        "GB", "--at", "2026-06-08T12:00:00+01:00", "--format", "json");
    assertThat(new ObjectMapper().readTree(elsewhere.out()).path("findings")
        .findValuesAsText("observance")).doesNotContain("acme.founder-memorial");
  }

  @Test
  void datesListsTheTeamsOwnDays() throws IOException {
    folder(FOUNDERS_DAY);
    CliRun r = run("dates", "--region", "US", "--year", "2027");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Founder's memorial day");
    CliRun bundledOnly = CliRun.run(dir, "", Map.of(), "dates", "--region", "US", "--year",
        "2027", "--config", write("plain.yml", "regions: [US]\n").toString());
    assertThat(bundledOnly.out()).doesNotContain("Founder's memorial day");
  }

  @Test
  void aBadObservanceFileIsExitTwoWithItsLine() throws IOException {
    folder(FOUNDERS_DAY.replace("2026-06-08}", "2026-06-09}"));
    CliRun r = run("check", "Hello", "--offline", "--region", "US");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains("dates.yml");
    folder(FOUNDERS_DAY.replace("acme.founder-memorial", "us.911-anniversary"));
    CliRun dup = run("check", "Hello", "--offline", "--region", "US");
    assertThat(dup.code()).isEqualTo(2);
    assertThat(dup.err()).contains("dates.yml:3").contains("already defined");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
