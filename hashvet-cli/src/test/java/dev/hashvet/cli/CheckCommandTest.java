package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command end to end: verdicts, exit codes, JSON contract and every bad input. */
class CheckCommandTest {
  static final String BAKERY = "Who's #notguilty about eating all the tasty treats they want?!";
  static final Path EXAMPLES =
      Path.of(System.getProperty("hashvet.root", "."), "examples/samples").toAbsolutePath().normalize();

  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.run(dir, "", Map.of(), args);
  }

  private static JsonNode json(CliRun r) throws IOException {
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void theBakeryTweetIsBlockedWhenTheTagCarriesVerdictReactions() throws IOException {
    CliRun r = run("check", BAKERY, "--at", "2011-07-05T15:00:00-04:00", "--region", "US",
        "--sample", EXAMPLES.resolve("notguilty-verdict-2011.jsonl").toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(1);
    JsonNode j = json(r);
    assertThat(j.path("schema").asText()).isEqualTo("hashvet/1");
    assertThat(j.path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(j.path("exit_code").asInt()).isEqualTo(1);
    assertThat(j.path("input").path("tags").get(0).asText()).isEqualTo("notguilty");
    assertThat(j.path("input").path("at").asText()).isEqualTo("2011-07-05T15:00-04:00");
    assertThat(j.path("input").path("regions").get(0).asText()).isEqualTo("US");
    JsonNode block = j.path("findings").get(0);
    assertThat(block.path("rule").asText()).isEqualTo("context.legal-proceedings");
    assertThat(block.path("category").asText()).isEqualTo("legal_proceedings");
    assertThat(block.path("severity").asText()).isEqualTo("block");
    assertThat(block.path("evidence").path("share").asDouble()).isGreaterThan(0.5);
    assertThat(block.path("evidence").path("examples")).hasSizeBetween(1, 3);
    assertThat(block.path("evidence").path("examples").get(0).path("url").asText())
        .startsWith("https://");
    for (JsonNode f : j.path("findings")) {
      for (String key : new String[] {"rule", "category", "severity", "message", "why", "evidence"}) {
        assertThat(f.has(key)).as(key).isTrue();
      }
      assertThat(f.path("message").asText()).doesNotContain("${");
    }
    JsonNode ctx = j.path("context");
    assertThat(ctx.path("required").asBoolean()).isFalse();
    assertThat(ctx.path("sources").get(0).path("status").asText()).isEqualTo("ok");
    assertThat(ctx.path("posts").asInt()).isEqualTo(12);
    assertThat(ctx.path("top_tags").toString()).contains("caseyanthony");
  }

  @Test
  void theSameTweetPassesWhenTheTagIsSnackChatter() throws IOException {
    CliRun r = run("check", BAKERY, "--at", "2011-06-20T12:00:00-04:00", "--region", "US",
        "--sample", EXAMPLES.resolve("notguilty-snacks-2011.jsonl").toString(), "--format", "json");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(json(r).path("verdict").asText()).isEqualTo("PASS");
  }

  @Test
  void textReportShowsVerdictEvidenceAndContextLine() {
    CliRun r = run("check", BAKERY, "--at", "2011-07-05T15:00:00-04:00", "--region", "US",
        "--sample", EXAMPLES.resolve("notguilty-verdict-2011.jsonl").toString());
    assertThat(r.code()).isEqualTo(1);
    String first = r.out().lines().findFirst().orElseThrow();
    assertThat(first).startsWith("✖ BLOCK").contains("#notguilty").contains("US");
    assertThat(r.out()).contains("context.legal-proceedings").contains("sampled posts")
        .contains("https://example.social/").contains("context: recorded sample");
    assertThat(r.out()).doesNotContain("\u001B[");
  }

  @Test
  void failOnDecidesTheExitCode() {
    String sample = EXAMPLES.resolve("notguilty-verdict-2011.jsonl").toString();
    assertThat(run("check", BAKERY, "--sample", sample, "--fail-on", "never").code()).isZero();
    assertThat(run("check", "Storm season is here", "--offline", "--fail-on", "review").code())
        .isZero();
    assertThat(run("check", "Domestic violence awareness", "--offline", "--fail-on", "review")
        .code()).isEqualTo(1);
    assertThat(run("check", "Domestic violence awareness", "--offline").code()).isZero();
  }

  @Test
  void offlineSaysSoAndPassesAPlainPost() throws IOException {
    CliRun r = run("check", "Fresh bread every morning #bakery", "--offline", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode j = json(r);
    assertThat(j.path("verdict").asText()).isEqualTo("PASS");
    assertThat(j.path("context").path("mode").asText()).isEqualTo("offline");
    CliRun t = run("check", "Fresh bread every morning #bakery", "--offline");
    assertThat(t.out()).contains("--offline");
  }

  @Test
  void tagFileAndStdinInputs() throws IOException {
    assertThat(run("check", "--tag", "bakery", "--offline").out()).contains("#bakery");
    Path post = dir.resolve("post.txt");
    Files.writeString(post, "Hurricane Sandy sale: free shipping on everything");
    CliRun f = run("check", "--file", "post.txt", "--offline", "--format", "json");
    assertThat(f.code()).isEqualTo(1);
    assertThat(json(f).path("findings").toString()).contains("combo.named-disaster-promotion");
    CliRun s = CliRun.run(dir, "Typhoon Haiyan clearance: everything must go", Map.of(),
        "check", "-", "--offline");
    assertThat(s.code()).isEqualTo(1);
  }

  @Test
  void liveContextWithNoAnsweringSourceCannotVet() throws IOException {
    configureADeadInstance();
    CliRun r = run("check", "#bakery", "--format", "json", "--sources", "mastodon");
    assertThat(r.code()).isEqualTo(3);
    JsonNode j = json(r);
    assertThat(j.path("verdict").asText()).isNotEqualTo("PASS");
    assertThat(j.path("vetted").asBoolean()).isFalse();
    assertThat(j.path("context").path("required").asBoolean()).isTrue();
    assertThat(r.err()).contains("could not vet");
  }

  @Test
  void theTextRulesStillAnswerWhenNoSourceDoes() throws IOException {
    configureADeadInstance();
    // A text rule blocks: that stands (exit 1), and the report still says no source answered.
    CliRun block = run("check", "Hurricane Sandy sale: free shipping on everything", "--format",
        "json", "--sources", "mastodon", "--region", "US");
    assertThat(block.code()).isEqualTo(1);
    JsonNode b = json(block);
    assertThat(b.path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(b.path("vetted").asBoolean()).isFalse();
    assertThat(b.path("findings").findValuesAsText("rule"))
        .contains("combo.named-disaster-promotion");
    assertThat(block.err()).contains("could not vet");
    // A review from the text is shown, and the answer stays "could not vet" (exit 3).
    CliRun review = run("check", "Remember the victims of the crash", "--format", "json",
        "--sources", "mastodon");
    assertThat(review.code()).isEqualTo(3);
    assertThat(json(review).path("findings").findValuesAsText("rule")).contains("text.tragedy");
    CliRun text = run("check", "Hurricane Sandy sale: free shipping on everything", "--sources",
        "mastodon", "--region", "US", "--no-color");
    assertThat(text.out()).startsWith("✖ BLOCK").contains("combo.named-disaster-promotion")
        .contains("no context source answered");
  }

  /** Tests never touch the network: the Mastodon instance is a local port where nothing listens. */
  private void configureADeadInstance() throws IOException {
    mockwebserver3.MockWebServer dead = new mockwebserver3.MockWebServer();
    dead.start();
    String url = dead.url("/").toString();
    dead.close();
    Files.writeString(dir.resolve(".hashvet.yml"),
        "sources:\n  mastodon: {instances: [\"" + url + "\"]}\n");
  }

  // --- bad input: one line, exit 2, no stack trace ---

  private void assertBadInput(CliRun r, String... fragments) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void emptyAndTagOnlyInputs() {
    assertBadInput(run("check"), "nothing to check");
    assertBadInput(run("check", "   ", "--offline"), "empty input");
    assertBadInput(run("check", "#", "--offline"), "nothing to vet");
    assertBadInput(run("check", "--tag", "#", "--offline"), "--tag: empty tag");
  }

  @Test
  void invalidUtf8NamesTheFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'o', 'k', '\n', 'b', (byte) 0xC3, (byte) 0x28, '\n'});
    assertBadInput(run("check", "--file", "bad.txt", "--offline"), "bad.txt:2", "UTF-8");
    assertBadInput(run("check", "--file", "missing.txt", "--offline"), "missing.txt", "no such file");
  }

  @Test
  void aHugePostIsCutAndSaysSo() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "#bakery " + "bread ".repeat(2_000_000), StandardCharsets.UTF_8);
    CliRun r = run("check", "--file", "big.txt", "--offline", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(json(r).path("notes").toString()).contains("only the first 20000");
  }

  @Test
  void aCalendarRowVettedInPartSaysSoEvenWhenItPasses() throws IOException {
    Files.writeString(dir.resolve("long.csv"), "id,publish_at,text\n"
        + "a,2027-03-03T10:00:00Z,Fresh bread " + "and cake ".repeat(3_000) + "\n"
        + "b,2027-03-03T10:00:00Z,Fresh bread\n", StandardCharsets.UTF_8);
    CliRun r = run("calendar", "long.csv", "--offline", "--no-color");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("✔ PASS").contains("note: the input is 27012 characters; only the"
        + " first 20000 were vetted");
  }

  @Test
  void noBundledRegexGivesUpOnALongOrdinaryText() throws IOException {
    // Every bundled pattern must stay linear: a user's regex that gives up is an error, but a
    // bundled one that did would turn any long post into exit 2.
    java.util.Random random = new java.util.Random(14L);
    String alphabet = "abcdefghijklmnopqrstuvwxyz      .,!?@#*$_-0123456789";
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    for (String text : List.of("bread ".repeat(4_000), "a".repeat(20_000), "n1 g g ".repeat(3_000),
        noise.toString())) {
      Files.writeString(dir.resolve("long.txt"), text, StandardCharsets.UTF_8);
      CliRun r = run("check", "--file", "long.txt", "--offline", "--format", "json");
      assertThat(r.code()).as(r.err()).isBetween(0, 1);
    }
  }

  @Test
  void badDatesZonesRegionsAndOptions() {
    assertBadInput(run("check", "#x", "--offline", "--at", "yesterday"), "--at", "yesterday");
    assertBadInput(run("check", "#x", "--offline", "--zone", "Mars/Olympus"), "--zone", "Mars/Olympus");
    assertBadInput(run("check", "#x", "--offline", "--region", "US,XX"), "--region", "'XX'");
    assertBadInput(run("check", "#x", "--offline", "--lang", "english"), "--lang");
    assertBadInput(run("check", "#x", "--offline", "--fail-on", "sometimes"), "--fail-on");
    assertBadInput(run("check", "#x", "--offline", "--format", "pdf"), "--format");
    assertBadInput(run("check", "#x", "--offline", "--sample", "s.jsonl"), "--offline and --sample");
    assertBadInput(run("check", "#x", "--bogus"), "--bogus");
  }

  @Test
  void localAtUsesZone() throws IOException {
    CliRun r = run("check", "#x", "--offline", "--at", "2011-07-05T15:00", "--zone",
        "America/New_York", "--format", "json");
    assertThat(json(r).path("input").path("at").asText()).isEqualTo("2011-07-05T15:00-04:00");
  }

  @Test
  void configErrorsNameFileLineAndKey() throws IOException {
    Files.writeString(dir.resolve(".hashvet.yml"), "regions: [US]\nfail_on: block\nregoins: [GB]\n");
    assertBadInput(run("check", "#x", "--offline"), ".hashvet.yml:3", "unknown key 'regoins'");
    Files.writeString(dir.resolve(".hashvet.yml"), "regions: [US\n");
    assertBadInput(run("check", "#x", "--offline"), ".hashvet.yml:", "YAML error");
  }

  @Test
  void configIsFoundFromAParentFolderAndSetsDefaults() throws IOException {
    Files.writeString(dir.resolve(".hashvet.yml"), "regions: [GB]\nfail_on: review\n");
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    CliRun r = CliRun.run(sub, "", Map.of(), "check", "Domestic violence awareness", "--offline",
        "--format", "json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(json(r).path("input").path("regions").get(0).asText()).isEqualTo("GB");
  }

  @Test
  void allowListAcceptsAndExpires() throws IOException {
    Files.writeString(dir.resolve(".hashvet.yml"), """
        allow:
          - {rule: text.abuse, term: domestic violence, reason: "our charity partner campaign"}
        """);
    CliRun ok = run("check", "Domestic violence awareness", "--offline", "--fail-on", "review",
        "--format", "json");
    assertThat(ok.code()).isZero();
    assertThat(json(ok).path("allowed").get(0).path("allowed_because").asText())
        .isEqualTo("our charity partner campaign");
    Files.writeString(dir.resolve(".hashvet.yml"), """
        allow:
          - {rule: text.abuse, term: domestic violence, reason: "campaign", expires: 2020-01-01}
        """);
    CliRun expired = run("check", "Domestic violence awareness", "--offline", "--fail-on", "review",
        "--format", "json");
    assertThat(expired.code()).isEqualTo(1);
    assertThat(json(expired).path("notes").toString()).contains("expired on 2020-01-01");
  }

  @Test
  void sampleFileProblems() throws IOException {
    Path s = dir.resolve("s.jsonl");
    Files.writeString(s, "{\"text\": \"fine post #x\"}\nnot json\n{\"no_text\": 1}\n{\"text\": \"another #x\"}\n");
    CliRun r = run("check", "#x", "--sample", "s.jsonl", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(json(r).path("notes").toString()).contains("s.jsonl:2").contains("s.jsonl:3");
    assertThat(json(r).path("context").path("posts").asInt()).isEqualTo(2);
    Files.writeString(s, "");
    assertBadInput(run("check", "#x", "--sample", "s.jsonl"), "s.jsonl", "empty");
    assertBadInput(run("check", "#x", "--sample", "nope.jsonl"), "nope.jsonl");
  }

  @Test
  void aSampleRecordedForAnotherTagIsNotThisTagsContext() throws IOException {
    String sample = EXAMPLES.resolve("notguilty-verdict-2011.jsonl").toString();
    CliRun r = run("check", "#FreshBread", "--sample", sample, "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode j = json(r);
    assertThat(r.out()).doesNotContain("trial");
    assertThat(j.path("context").path("posts").asInt()).isZero();
    assertThat(j.path("context").path("sources").get(0).path("status").asText())
        .isEqualTo("skipped");
    assertThat(j.path("notes").get(0).asText()).startsWith("no sample for #freshbread in ");
    CliRun text = run("check", "#FreshBread", "--sample", sample);
    assertThat(text.out()).contains("no sample for #freshbread in").doesNotContain("trial");
  }

  @Test
  void recordWritesAReplayableSample() throws IOException {
    String sample = EXAMPLES.resolve("notguilty-verdict-2011.jsonl").toString();
    CliRun r = run("check", BAKERY, "--sample", sample, "--record", "rec.jsonl", "--format", "json");
    assertThat(r.code()).isEqualTo(1);
    String rec = Files.readString(dir.resolve("rec.jsonl"));
    assertThat(rec.lines().findFirst().orElseThrow()).contains("\"hashvet_sample\":1");
    assertThat(rec.lines().count()).isEqualTo(13);
    CliRun replay = run("check", BAKERY, "--sample", "rec.jsonl", "--format", "json");
    assertThat(json(replay).path("findings")).isEqualTo(json(r).path("findings"));
  }

  @Test
  void sameInputsSameOutput() {
    String sample = EXAMPLES.resolve("notguilty-verdict-2011.jsonl").toString();
    String[] args = {"check", BAKERY, "--at", "2011-07-05T15:00:00-04:00", "--sample", sample,
        "--format", "json"};
    assertThat(run(args).out()).isEqualTo(run(args).out());
  }

  @Test
  void escapeSequencesInSampledPostsNeverReachTheTerminal() throws IOException {
    Path s = dir.resolve("evil.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append("{\"text\": \"The jury verdict \\u001b[31mred\\u001b[0m \\u001b]0;pwned\\u0007 "
          + "acquitted \\u001b[2J #x " + i + "\", \"author\": \"\\u001b[1mevil" + i + "\"}\n");
    }
    Files.writeString(s, sb.toString());
    CliRun r = run("check", "#x", "--sample", "evil.jsonl");
    assertThat(r.out()).contains("The jury verdict red").doesNotContain("\u001B").doesNotContain("\u0007");
  }

  /** Annotations and compact lines point at the --file's line and column; exit codes as ever. */
  @Test
  void githubAndCompactFormatsPointAtTheFile() throws IOException {
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("drafts/post.txt"),
        "Summer deals!\nOur Hurricane Sandy evacuation sale: free shipping\n");
    CliRun compact = run("check", "--file", "drafts/post.txt", "--offline", "--region", "US",
        "--at", "2026-07-04T09:00-04:00", "--format", "compact");
    assertThat(compact.code()).isEqualTo(1);
    assertThat(compact.out()).contains(
        "drafts/post.txt:2:5: error combo.named-disaster-promotion ");
    assertThat(compact.out()).containsPattern("\n\\d+ problems? \\(\\d+ errors?, ");
    CliRun github = run("check", "--file", "drafts/post.txt", "--offline", "--region", "US",
        "--at", "2026-07-04T09:00-04:00", "--format", "github", "--fail-on", "never");
    assertThat(github.code()).isZero();
    assertThat(github.out()).contains("::error file=drafts/post.txt,line=2,col=5,"
        + "title=combo.named-disaster-promotion::");
    CliRun inline = run("check", "Our Hurricane Sandy evacuation sale", "--offline",
        "--region", "US", "--at", "2026-07-04T09:00-04:00", "--format", "compact");
    assertThat(inline.out()).contains("<text>:1:5: error combo.named-disaster-promotion ");
    CliRun clean = run("check", "Fresh bread #bakery", "--offline", "--region", "GB",
        "--at", "2026-03-03T09:00Z", "--format", "compact");
    assertThat(clean.code()).isZero();
    assertThat(clean.out()).isEmpty();
  }
}
