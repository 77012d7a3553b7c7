package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar command end to end: the example calendars, every format, bad rows, baselines. */
class CalendarCommandTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("hashvet.root", "."), "examples").toAbsolutePath().normalize();
  static final String CAMPAIGN = EXAMPLES.resolve("calendar/campaign.csv").toString();

  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.run(dir, "", Map.of(), args);
  }

  private static JsonNode json(CliRun r) throws IOException {
    return new ObjectMapper().readTree(r.out());
  }

  private static Map<String, String> verdicts(JsonNode j) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    j.path("results").forEach(r -> out.put(r.path("id").asText(), r.path("verdict").asText()));
    return out;
  }

  @Test
  void theCampaignExampleOffline() throws IOException {
    CliRun r = run("calendar", CAMPAIGN, "--offline", "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode j = json(r);
    assertThat(j.path("results")).hasSize(36);
    Map<String, String> v = verdicts(j);
    assertThat(v).containsEntry("bk-016", "BLOCK").containsEntry("bk-026", "BLOCK")
        .containsEntry("bk-001", "PASS").containsEntry("bk-034", "REVIEW");
    JsonNode sandy = j.path("results").get(15);
    assertThat(sandy.path("line").asInt()).isEqualTo(17);
    assertThat(sandy.path("input").path("at").asText()).isEqualTo("2012-10-29T11:00-04:00");
    assertThat(sandy.path("input").path("regions").toString()).isEqualTo("[\"US\"]");
    List<String> columns = new ArrayList<>();
    sandy.path("columns").fieldNames().forEachRemaining(columns::add);
    assertThat(columns).containsExactly("channel", "owner", "asset");
    JsonNode s = j.path("summary");
    assertThat(s.path("rows").asInt()).isEqualTo(36);
    assertThat(s.path("pass").asInt() + s.path("review").asInt() + s.path("block").asInt()
        + s.path("errors").asInt()).isEqualTo(36);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theYamlTwinGivesTheSameVerdictsWithItsOwnLines() throws IOException {
    JsonNode csv = json(run("calendar", CAMPAIGN, "--offline", "--format", "json"));
    JsonNode yaml = json(run("calendar", EXAMPLES.resolve("calendar/campaign.yaml").toString(),
        "--offline", "--format", "json"));
    assertThat(verdicts(yaml)).isEqualTo(verdicts(csv));
    assertThat(yaml.path("results").get(0).path("line").asInt()).isEqualTo(5);
  }

  @Test
  void theBakeryTweetBlocksWithTheVerdictSample() throws IOException {
    CliRun r = run("calendar", CAMPAIGN, "--format", "json", "--sample",
        EXAMPLES.resolve("samples/notguilty-verdict-2011.jsonl").toString());
    JsonNode bakery = json(r).path("results").get(2);
    assertThat(bakery.path("id").asText()).isEqualTo("bk-003");
    assertThat(bakery.path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(bakery.path("findings").get(0).path("rule").asText())
        .isEqualTo("context.legal-proceedings");
    assertThat(bakery.path("notes").toString()).contains("when the sample was recorded");
    JsonNode bread = json(r).path("results").get(0);
    assertThat(bread.path("context").path("posts").asInt()).isZero();
    assertThat(bread.path("notes").toString()).contains("no sample for #freshbread in");
    assertThat(bread.toString()).doesNotContain("trial");
  }

  @Test
  void badRowsAreNamedAndTheGoodRowsStillVetted() throws IOException {
    String broken = EXAMPLES.resolve("calendar/broken.csv").toString();
    CliRun r = run("calendar", broken, "--offline", "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    JsonNode j = json(r);
    assertThat(verdicts(j).keySet()).containsExactly("xm-01", "xm-07", "xm-08");
    List<Integer> lines = new ArrayList<>();
    j.path("errors").forEach(e -> lines.add(e.path("line").asInt()));
    assertThat(lines).containsExactly(3, 4, 5, 6, 7);
    assertThat(j.path("errors").get(0).path("message").asText()).contains("next tuesday");
    assertThat(j.path("errors").get(0).path("id").asText()).isEqualTo("xm-02");
    assertThat(j.path("summary").path("rows").asInt()).isEqualTo(8);
    assertThat(r.err()).contains("broken.csv:3: publish_at: cannot read 'next tuesday'")
        .contains("broken.csv:7: column 54").contains("5 of 8 rows could not be read");
    CliRun text = run("calendar", broken, "--offline");
    assertThat(text.code()).isEqualTo(2);
    assertThat(text.out().indexOf("line 10  xm-08"))
        .isLessThan(text.out().indexOf("Rows that could not be read"));
  }

  @Test
  void everyFormatParsesAndAgreesOnTheExitCode() throws Exception {
    CliRun sarif = run("calendar", CAMPAIGN, "--offline", "--format", "sarif");
    assertThat(sarif.code()).isEqualTo(1);
    JsonNode log = json(sarif);
    assertThat(log.path("runs").get(0).path("results").size()).isGreaterThanOrEqualTo(4);
    assertThat(log.path("runs").get(0).path("results").get(0).path("locations").get(0)
        .path("physicalLocation").path("artifactLocation").path("uri").asText())
        .endsWith("examples/calendar/campaign.csv");

    JsonNode summary = json(run("calendar", CAMPAIGN, "--offline", "--format", "json"))
        .path("summary");
    int block = summary.path("block").asInt();
    int review = summary.path("review").asInt();
    CliRun junit = run("calendar", CAMPAIGN, "--offline", "--format", "junit", "--fail-on",
        "review");
    assertThat(junit.code()).isEqualTo(1);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("36");
    assertThat(doc.getDocumentElement().getAttribute("failures"))
        .isEqualTo(String.valueOf(block + review));

    CliRun md = run("calendar", CAMPAIGN, "--offline", "--format", "markdown");
    assertThat(md.code()).isEqualTo(1);
    assertThat(md.out()).startsWith("### hashvet: ✖ " + block + " blocked · ! " + review
        + " to review · ✔ " + summary.path("pass").asInt() + " pass");

    CliRun never = run("calendar", CAMPAIGN, "--offline", "--format", "json", "--fail-on",
        "never");
    assertThat(never.code()).isZero();
  }

  @Test
  void baselineAcceptsReviewedFindingsAndFailsOnNewOnes() throws IOException {
    Path plan = dir.resolve("plan.csv");
    Files.writeString(plan, "id,publish_at,text\nq1,2026-09-15,Hurricane Sandy evacuation sale\n"
        + "q2,2026-09-16,Fresh bread #bakery\n");
    CliRun write = run("calendar", "plan.csv", "--offline", "--write-baseline", "base.json");
    assertThat(write.code()).isZero();
    assertThat(write.out()).contains("wrote 2 findings to the baseline base.json");
    assertThat(Files.readString(dir.resolve("base.json"))).contains("\"row\" : \"q1\"");
    CliRun again = run("calendar", "plan.csv", "--offline", "--baseline", "base.json",
        "--format", "json");
    assertThat(again.code()).isZero();
    assertThat(json(again).path("summary").path("baselined").asInt()).isEqualTo(2);
    Files.writeString(plan, "id,publish_at,text\nq1,2026-09-15,Hurricane Sandy evacuation sale\n"
        + "q2,2026-09-16,Typhoon Haiyan clearance\n");
    CliRun fresh = run("calendar", "plan.csv", "--offline", "--baseline", "base.json");
    assertThat(fresh.code()).isEqualTo(1);
    assertThat(fresh.out()).containsPattern("2 findings accepted by the baseline base.json; [1-9]"
        + " new");
    CliRun sarif = run("calendar", "plan.csv", "--offline", "--baseline", "base.json",
        "--format", "sarif");
    assertThat(sarif.out()).contains("\"baselineState\" : \"new\"")
        .contains("\"baselineState\" : \"unchanged\"");
    assertThat(run("calendar", "plan.csv", "--offline", "--baseline", "none.json").err())
        .startsWith("error: --baseline: no such file: none.json");
  }

  @Test
  void allowEntriesNameCalendarRows() throws IOException {
    Files.writeString(dir.resolve(".hashvet.yml"), "allow:\n"
        + "  - {rule: combo.named-disaster-promotion, row: q1, reason: \"approved by legal\"}\n"
        + "  - {rule: combo.disaster-promotion, row: q1, reason: \"same\"}\n");
    Files.writeString(dir.resolve("plan.csv"), "id,publish_at,text\n"
        + "q1,2026-09-15,Hurricane Sandy evacuation sale\nq2,2026-09-15,Hurricane Sandy evacuation sale\n");
    CliRun r = run("calendar", "plan.csv", "--offline", "--format", "json");
    assertThat(verdicts(json(r))).containsEntry("q1", "PASS").containsEntry("q2", "BLOCK");
    assertThat(json(r).path("summary").path("allowed").asInt()).isEqualTo(2);
  }

  @Test
  void inputFormatOverridesTheExtensionAndSeveralFilesAreOneRun() throws IOException {
    Files.writeString(dir.resolve("a.data"),
        "[{\"id\": \"j1\", \"publish_at\": \"2026-09-15\", \"text\": \"Fresh bread\"}]");
    Files.writeString(dir.resolve("b.csv"), "id,publish_at,text\nc1,2026-09-15,Storm sale\n");
    CliRun r = run("calendar", "a.data", "b.csv", "--offline", "--format", "json",
        "--input-format", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(json(r).path("results").get(0).path("id").asText()).isEqualTo("j1");
    assertThat(json(r).path("errors").get(0).path("file").asText()).isEqualTo("b.csv");
    CliRun both = run("calendar", "a.data", "b.csv", "--offline", "--format", "json");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("a.data: cannot tell the calendar format");
  }

  @Test
  void aSpreadsheetExportIsReadWithItsTimeMarketsAndDateFormat() throws IOException {
    Files.writeString(dir.resolve("export.csv"), "Date,Time,Channel,Copy,Market,Owner\n"
        + "09/11/2027,8:30 AM,instagram,\"Never forget: 9.11% off every coffee #NeverForget\","
        + "USA,dana\n"
        + "12/24/2026,09:00,x,\"Merry Christmas #HappyHolidays\",Australia;UAE,lee\n"
        + "2027-05-01,,x,hello #May,Austrlia,kim\n");
    CliRun plain = run("calendar", "export.csv", "--offline", "--format", "json");
    JsonNode p = json(plain);
    assertThat(p.path("errors").get(0).path("message").asText())
        .contains("'09/11/2027' could be day-first or month-first; give --date-format");
    assertThat(p.path("errors").get(1).path("message").asText())
        .contains("unknown region 'Austrlia'; did you mean").contains("Australia (AU)");
    JsonNode xmas = p.path("results").get(0);
    assertThat(xmas.path("input").path("at").asText()).isEqualTo("2026-12-24T09:00+11:00");
    assertThat(xmas.path("input").path("regions").toString()).isEqualTo("[\"AU\",\"AE\"]");
    assertThat(xmas.path("columns").toString())
        .isEqualTo("{\"channel\":\"x\",\"Owner\":\"lee\"}");
    assertThat(p.path("summary").path("notes").toString())
        .contains("export.csv: column 'Owner' is not read by hashvet");

    JsonNode us = json(run("calendar", "export.csv", "--offline", "--format", "json",
        "--date-format", "MM/dd/yyyy"));
    JsonNode coffee = us.path("results").get(0);
    assertThat(coffee.path("line").asInt()).isEqualTo(2);
    assertThat(coffee.path("input").path("at").asText()).isEqualTo("2027-09-11T08:30-04:00");
    assertThat(coffee.path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(coffee.path("findings").toString()).contains("region.us-911-commercial");

    Files.writeString(dir.resolve("other.csv"), "When,Body\n2027-03-04T10:00,hi #x\n");
    JsonNode mapped = json(run("calendar", "other.csv", "--offline", "--format", "json",
        "--columns", "text=Body,publish_at=When"));
    assertThat(mapped.path("results")).hasSize(1);
    assertThat(mapped.path("results").get(0).path("input").path("at").asText())
        .startsWith("2027-03-04T10:00");
  }

  @Test
  void badInvocationsAreOneLineAndExitTwo() throws IOException {
    for (CliRun r : List.of(run("calendar", "missing.csv", "--offline"),
        run("calendar", CAMPAIGN, "--offline", "--at", "2026-01-01"),
        run("calendar", CAMPAIGN, "--offline", "--jobs", "0"),
        run("calendar", CAMPAIGN, "--offline", "--input-format", "xml"),
        run("calendar", CAMPAIGN, "--offline", "--columns", "txt=Body"),
        run("calendar", CAMPAIGN, "--offline", "--columns", "text"),
        run("calendar", CAMPAIGN, "--offline", "--date-format", "MM/dd/yyyy{"),
        run("calendar", "--offline"))) {
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ");
      assertThat(r.out()).isEmpty();
    }
    assertThat(run("calendar", "missing.csv", "--offline").err())
        .contains("missing.csv: no such file");
  }

  @Test
  void noSourceAnsweringMeansCouldNotVet() throws IOException {
    Files.writeString(dir.resolve("plan.csv"), "id,publish_at,text\nq1,2026-09-15,#bread\n");
    CliRun r = run("calendar", "plan.csv", "--format", "json");
    assertThat(r.code()).isEqualTo(3);
    assertThat(json(r).path("results").get(0).path("vetted").asBoolean()).isFalse();
    assertThat(json(r).path("summary").path("not_vetted").asInt()).isEqualTo(1);
    assertThat(r.err()).contains("could not vet 1 rows");
  }

  @Test
  void progressOnlyOnATerminalAndTimingWithVerbose() throws IOException {
    CliRun pipe = run("calendar", CAMPAIGN, "--offline", "--verbose");
    assertThat(pipe.err()).doesNotContain("\r").contains("timing: ").contains("36 rows in");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env terminal = new Env(Map.of("HOME", dir.toString()), Clock.fixed(CliRun.NOW, ZoneOffset.UTC),
        new ByteArrayInputStream(new byte[0]), dir, true);
    int code = Cli.run(terminal, new PrintWriter(out), new PrintWriter(err), "calendar", CAMPAIGN,
        "--offline", "--no-color");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("\r\u001B[K").contains("rows [").endsWith("\r\u001B[K");
    assertThat(out.toString()).doesNotContain("\r");
  }

  @Test
  void checkWritesTheMachineFormatsToo() throws Exception {
    CliRun sarif = run("check", "Hurricane Sandy evacuation sale", "--offline", "--format", "sarif");
    assertThat(sarif.code()).isEqualTo(1);
    assertThat(json(sarif).path("runs").get(0).path("results").get(0).path("ruleId").asText())
        .isEqualTo("combo.named-disaster-promotion");
    CliRun junit = run("check", "Fresh bread", "--offline", "--format", "junit");
    assertThat(junit.code()).isZero();
    assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement().getAttribute("tests")).isEqualTo("1");
    CliRun md = run("check", "Hurricane Sandy evacuation sale", "--offline", "--format", "markdown");
    assertThat(md.out()).startsWith("### hashvet: ✖ 1 blocked");
  }

  @Test
  void helpNamesTheOptionsAndExitCodes() {
    CliRun r = run("calendar", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--input-format").contains("--baseline")
        .contains("--write-baseline").contains("--format").contains("--fail-on")
        .contains("--sample").contains("Exit codes");
  }
}
