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

/** A time without an offset is the first market's local time, UTC when global. */
class LocalTimeTest {
  @TempDir Path dir;

  private JsonNode check(String... args) throws IOException {
    String[] all = new String[args.length + 5];
    all[0] = "check";
    all[1] = "--offline";
    all[2] = "--format";
    all[3] = "json";
    all[4] = "#coffee";
    System.arraycopy(args, 0, all, 5, args.length);
    CliRun r = CliRun.run(dir, "", Map.of(), all);
    assertThat(r.code()).as(r.err()).isLessThan(2);
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void aLocalAtIsTheFirstMarketsTime() throws IOException {
    assertThat(check("--at", "2027-10-29T10:00", "--region", "IN").path("input").path("at")
        .asText()).isEqualTo("2027-10-29T10:00+05:30");
    assertThat(check("--at", "2027-10-29T10:00", "--region", "US,IN").path("input").path("at")
        .asText()).isEqualTo("2027-10-29T10:00-04:00");
  }

  @Test
  void aGlobalLocalAtIsUtcAndZoneOrOffsetWin() throws IOException {
    assertThat(check("--at", "2027-10-29T10:00").path("input").path("at").asText())
        .isEqualTo("2027-10-29T10:00Z");
    assertThat(check("--at", "2027-10-29T10:00", "--region", "IN", "--zone", "Europe/London")
        .path("input").path("at").asText()).isEqualTo("2027-10-29T10:00+01:00");
    assertThat(check("--at", "2027-10-29T10:00Z", "--region", "IN").path("input").path("at")
        .asText()).isEqualTo("2027-10-29T10:00Z");
  }

  @Test
  void calendarRowsWithoutTimezoneUseTheirFirstMarket() throws IOException {
    Path csv = dir.resolve("plan.csv");
    Files.writeString(csv, "id,publish_at,regions,timezone,text\n"
        + "a,2027-10-29T10:00,IN,,#coffee\n"
        + "b,2027-10-29T10:00,,,#coffee\n"
        + "c,2027-10-29T10:00,IN,UTC,#coffee\n");
    CliRun r = CliRun.run(dir, "", Map.of(), "calendar", "--offline", "--format", "json",
        csv.toString());
    assertThat(r.code()).as(r.err()).isLessThan(2);
    JsonNode results = new ObjectMapper().readTree(r.out()).path("results");
    assertThat(results.get(0).path("input").path("at").asText())
        .isEqualTo("2027-10-29T10:00+05:30");
    assertThat(results.get(1).path("input").path("at").asText()).isEqualTo("2027-10-29T10:00Z");
    assertThat(results.get(2).path("input").path("at").asText()).isEqualTo("2027-10-29T10:00Z");
  }
}
