package dev.hashvet.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.cli.CliRun;
import dev.hashvet.report.Columns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hashvet shell} end to end through the real command tree, on a dumb terminal with piped
 * input: answers only (no prompt, no colour), settings, errors that do not end the session.
 */
class ShellPipedTest {
  static final Path SAMPLES =
      Path.of(System.getProperty("hashvet.root", "."), "examples/samples").toAbsolutePath().normalize();
  static final String VERDICT = SAMPLES.resolve("notguilty-verdict-2011.jsonl").toString();
  static final String SNACKS = SAMPLES.resolve("notguilty-snacks-2011.jsonl").toString();
  static final String BAKERY = "Who's #notguilty about eating all the tasty treats they want?!";

  @TempDir Path dir;

  private CliRun shell(String input, String... args) {
    return shell(input, Map.of(), args);
  }

  private CliRun shell(String input, Map<String, String> vars, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "shell";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(dir, input, vars, all);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void exitQuitAndHelpAreCommandsNotPosts() {
    CliRun help = shell(lines("help", "#coffee deal"), "--offline");
    assertThat(help.out()).contains(":quit").doesNotContain("#help");
    CliRun exit = shell(lines("exit", "#coffee deal"), "--offline");
    assertThat(exit.code()).isZero();
    assertThat(exit.out()).doesNotContain("#coffee").doesNotContain("PASS").doesNotContain("REVIEW");
    CliRun quit = shell(lines("Quit", "#coffee deal"), "--offline");
    assertThat(quit.out()).doesNotContain("#coffee");
  }

  @Test
  void sampleOffAfterOfflineStaysOffline() {
    CliRun r = shell(lines(":sample off", "#notguilty"), "--offline");
    assertThat(r.out()).contains("context: offline").doesNotContain("live sources");
    CliRun back = shell(lines(":sample " + VERDICT, ":sample off", ":offline", ":sample off"),
        "--offline");
    assertThat(back.out()).contains("context: recorded sample")
        .contains("context: live sources");
    assertThat(back.out().substring(back.out().lastIndexOf("context: ")))
        .startsWith("context: offline");
  }

  @Test
  void settingsCommandsChangeWhatIsVettedAndSayWhatIsInForce() {
    CliRun r =
        shell(
            lines(
                ":region in, us",
                ":at 2026-12-24T18:00",
                ":zone Asia/Kolkata",
                ":lang en,hi",
                ":sources mastodon",
                ":offline",
                ":format json",
                ":settings",
                ":quit"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("markets: IN, US")
        .contains("publish time: 2026-12-24 18:00 +05:30\n")
        .contains("time zone: Asia/Kolkata; publish time: 2026-12-24 18:00 +05:30")
        .contains("languages: en, hi")
        .contains("sources: mastodon")
        .contains("context: offline")
        .contains("format: json");
    assertThat(r.out()).doesNotContain("›").doesNotContain("\u001B");
  }

  @Test
  void aRiskyEntryIsBlockedAndASafeOnePasses() {
    CliRun r =
        shell(
            lines(
                ":at 2011-07-05T15:00:00-04:00",
                ":sample " + VERDICT,
                BAKERY,
                ":sample " + SNACKS,
                BAKERY),
            "--region",
            "US");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> verdicts = r.out().lines().filter(l -> l.matches("^[✖✔!] .*")).toList();
    assertThat(verdicts).hasSize(2);
    assertThat(verdicts.get(0)).startsWith("✖ BLOCK  #notguilty · 2011-07-05 15:00 -04:00 · US");
    assertThat(verdicts.get(1)).startsWith("✔ PASS  #notguilty");
    assertThat(r.out())
        .contains("context.legal-proceedings")
        .contains("share of the 12 sampled posts, by risk")
        .containsPattern("legal proceedings +█+░* +\\d+%")
        .doesNotContain(":why for the evidence"); // piped: nobody can type :why after it
  }

  @Test
  void anErrorEntryPrintsOneLineAndTheNextEntryIsAnswered() {
    CliRun r =
        shell(
            lines(
                ":region XX",
                ":at next tuesday",
                ":format yaml",
                ":zone Mars/Olympus",
                ":sample no-such-file.jsonl",
                ":regoin US",
                ":explain no.such-rule",
                ":why",
                "#sunnyday"),
            "--offline");
    assertThat(r.code()).isZero();
    List<String> errors = r.err().lines().toList();
    assertThat(errors).hasSize(8).allMatch(l -> l.startsWith("error: "));
    assertThat(errors.get(0)).contains(":region: unknown region code 'XX'");
    assertThat(errors.get(1)).contains(":at: cannot read 'next tuesday'");
    assertThat(errors.get(2)).contains(":format: the shell shows text or json");
    assertThat(errors.get(3)).contains(":zone: unknown time zone");
    assertThat(errors.get(4)).contains("no-such-file.jsonl");
    assertThat(errors.get(5)).contains("unknown command ':regoin'").contains(":region");
    assertThat(errors.get(6)).contains("no rule 'no.such-rule'");
    assertThat(errors.get(7)).contains(":why: nothing vetted yet");
    assertThat(r.out()).contains("✔ PASS  #sunnyday").contains("global");
  }

  @Test
  void whyShowsTheLastAnswersEvidenceInFull() {
    CliRun r =
        shell(
            lines(BAKERY, ":why"),
            "--region",
            "US",
            "--at",
            "2011-07-05T15:00:00-04:00",
            "--sample",
            VERDICT);
    assertThat(r.err()).isEmpty();
    String why = r.out().substring(r.out().indexOf("context: 12 posts from a recorded sample"));
    assertThat(why)
        .contains("why: ")
        .contains("https://example.social/")
        .contains("sampled posts, weighted by reach (")
        .contains("context: recorded sample, 12 distinct posts");
  }

  @Test
  void explainShowsARuleWithItsExamples() {
    CliRun r =
        shell(lines(":explain context.legal-proceedings", ":explain legal-proc"), "--offline");
    assertThat(r.err()).contains("matches 2 rules");
    assertThat(r.out())
        .contains("context.legal-proceedings")
        .contains("legal_proceedings: Trials, verdicts and legal proceedings")
        .contains("flags")
        .contains("passes")
        .contains("(bundled)/rules/legal.yml:");
  }

  @Test
  void aTrailingBackslashContinuesThePostOnTheNextLine() {
    CliRun r = shell(lines("Big news today \\", "#notguilty"), "--offline");
    assertThat(r.out()).contains("#notguilty");
    assertThat(r.out().lines().filter(l -> l.matches("^[✖✔!] .*")).count()).isEqualTo(1);
  }

  @Test
  void theLastLineIsAnsweredWithoutANewlineAndEndOfInputLeavesWithZero() {
    CliRun r = shell(":region GB\n#sunnyday", "--offline");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("✔ PASS  #sunnyday").contains("GB");
  }

  @Test
  void aLineOfCheckOptionsChangesTheSettings() {
    CliRun r = shell(lines("--region GB,IN --at 2026-12-24 --offline", "--rules x", "--nope"));
    assertThat(r.out())
        .contains("markets: GB, IN")
        .contains("publish time: 2026-12-24 12:00 Z")
        .contains("context: offline");
    assertThat(r.err().lines().toList()).hasSize(2);
    assertThat(r.err())
        .contains("--rules can only be given when the shell starts")
        .contains("Unknown option: '--nope'");
  }

  @Test
  void jsonFormatPrintsTheContractsObject() throws IOException {
    CliRun r = shell(lines(":format json", "#sunnyday"), "--offline", "--region", "US");
    String json = r.out().substring(r.out().indexOf('{'));
    JsonNode j = new ObjectMapper().readTree(json);
    assertThat(j.path("schema").asText()).isEqualTo("hashvet/1");
    assertThat(j.path("verdict").asText()).isEqualTo("PASS");
    assertThat(j.path("input").path("regions").get(0).asText()).isEqualTo("US");
  }

  @Test
  void recordWritesTheContextOfEachAnswer() throws IOException {
    Path rec = dir.resolve("rec.jsonl");
    CliRun r = shell(lines(":sample " + VERDICT, ":record rec.jsonl", "#notguilty", ":offline"));
    assertThat(r.out()).contains("recording: each answer's context is written to rec.jsonl");
    assertThat(Files.readAllLines(rec, StandardCharsets.UTF_8).get(0))
        .contains("\"hashvet_sample\":1");
    assertThat(r.err()).contains(":offline: a recording is on");
  }

  @Test
  void noLineIsWiderThanSixtyColumns() {
    CliRun r =
        shell(
            lines(
                ":help",
                BAKERY,
                ":why",
                ":explain context.legal-proceedings",
                ":settings",
                "#日本語のタグ 絵文字も 🎉🎉🎉 と長い URL https://example.social/" + "x".repeat(90)),
            Map.of("COLUMNS", "60"),
            "--region",
            "US,IN,GB,FR,DE",
            "--at",
            "2011-07-05T15:00:00-04:00",
            "--sample",
            VERDICT);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(Columns.width(l)).as(l).isLessThanOrEqualTo(60));
  }

  @Test
  void fetchedTextNeverReachesTheTerminalWithItsEscapes() throws IOException {
    String[] texts = {
      "the jury verdict is in", "acquitted after a long trial", "the judge read the verdict aloud",
      "a jury of twelve decided", "court room scenes tonight", "verdict day outside the court",
      "the trial ends with acquitted", "jurors speak about the verdict"
    };
    StringBuilder sample = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      sample
          .append("{\"source\":\"x\",\"id\":\"p")
          .append(i)
          .append("\",\"author\":\"a")
          .append(i)
          .append("\u001B[31m\",\"url\":\"https://e.x/")
          .append(i)
          .append("\u001B]8;;https://evil\u0007\",\"text\":\"")
          .append(texts[i])
          .append(" \u001B[2J\u001B]0;pwned\u0007 #sunnyday\"}\n");
    }
    Files.writeString(
        dir.resolve("evil.jsonl"),
        sample.toString().replace("\u001B", "\\u001b").replace("\u0007", "\\u0007"));
    CliRun r = shell(lines("#sunnyday", ":why"), "--sample", "evil.jsonl");
    assertThat(r.out()).contains("context.legal-proceedings").contains("jury verdict");
    assertThat(r.out()).doesNotContain("\u001B").doesNotContain("\u0007");
  }

  @Test
  void startingOptionsAreCheckedLikeChecksAndBadOnesExitTwo() {
    assertThat(shell("", "--format", "sarif").code()).isEqualTo(2);
    assertThat(shell("", "--region", "XX").code()).isEqualTo(2);
    CliRun bad = shell("", "--offline", "--sample", VERDICT);
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--offline and --sample cannot be used together");
  }

  @Test
  void helpHasExamplesAndSaysTheShellExitsZero() {
    CliRun r = CliRun.run("shell", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Examples:")
        .contains("hashvet shell --region US")
        .contains("Exit code: 0 when you leave")
        .contains("shell is interactive")
        .contains("--sample")
        .contains("--region");
  }
}
