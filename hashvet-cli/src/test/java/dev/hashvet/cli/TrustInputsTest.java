package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.HashvetException;
import dev.hashvet.InputFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 (part 1): inputs read with care, no row lost, nothing written over an input. */
class TrustInputsTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.run(dir, "", Map.of(), args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static JsonNode json(CliRun r) throws IOException {
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void yearsOutOfRangeAreOneErrorEachAndTheOtherRowsAreAnswered() throws IOException {
    write("plan.csv", "text,publish_at\nyear zero,0000-06-01\nminus one,-0001-06-01\n"
        + "far,+999999999-06-01\nfine,2027-06-01\n");
    CliRun r = run("calendar", "plan.csv", "--offline", "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    JsonNode j = json(r);
    assertThat(j.path("results")).hasSize(1);
    assertThat(j.path("errors")).hasSize(3);
    assertThat(j.path("errors").get(0).path("message").asText()).contains("year 0 is out of range");
    assertThat(r.err()).doesNotContain("unexpected");
  }

  @Test
  void checkAtYearZeroIsBadInput() {
    CliRun r = run("check", "--offline", "hello", "--at", "0000-01-01");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--at: the year 0 is out of range").doesNotContain("Exception");
  }

  @Test
  void aQuoteLeftOpenOverRowsLosesNoRow() throws IOException {
    write("plan.csv", "text,publish_at\n\"hello,2027-01-01\nb,2027-01-02\nc,2027-01-03\n"
        + "d\",2027-01-04\ne,2027-01-05\n");
    JsonNode j = json(run("calendar", "plan.csv", "--offline", "--format", "json"));
    assertThat(j.path("results").size() + j.path("errors").size()).isEqualTo(5);
    assertThat(j.path("errors").get(0).path("line").asInt()).isEqualTo(2);
    assertThat(j.path("errors").get(0).path("message").asText()).contains("closing quote");
  }

  @Test
  void aQuotedPostOverSeveralLinesIsStillOneRow() throws IOException {
    write("plan.csv", "text,publish_at\n\"Line one\nline two, fine\nend\",2027-01-01\n");
    JsonNode j = json(run("calendar", "plan.csv", "--offline", "--format", "json"));
    assertThat(j.path("results")).hasSize(1);
    assertThat(j.path("errors")).isEmpty();
  }

  @Test
  void aFolderIsNotAFile() throws IOException {
    Files.createDirectory(dir.resolve("posts"));
    CliRun r = run("check", "--offline", "--file", "posts");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("posts: is a folder, not a file");
    CliRun s = run("check", "hello", "--sample", dir.resolve("posts").toString());
    assertThat(s.err()).contains("is a folder");
  }

  @Test
  void aDeviceIsRefusedBeforeItIsRead() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    for (String[] args : new String[][] {
        {"check", "hello", "--sample", "/dev/zero"},
        {"check", "--offline", "--file", "/dev/zero"},
        {"segment", "--file", "/dev/zero"},
        {"calendar", "--offline", "--input-format", "csv", "/dev/zero"}}) {
      CliRun r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).contains("not a regular file");
    }
  }

  @Test
  void readingIsCappedWhateverTheSizeSays() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 0;
      }
    };
    assertThatThrownBy(() -> InputFiles.capped(endless, "x", 1000).readAllBytes())
        .isInstanceOf(HashvetException.class)
        .hasMessageContaining("x: over the 1000 bytes limit");
  }

  @Test
  void atFilesAreNotExpanded() throws IOException {
    write("secret.txt", "TOPSECRET-LINE");
    CliRun r = run("check", "--offline", "@secret.txt", "--format", "json");
    assertThat(r.out() + r.err()).doesNotContain("TOPSECRET");
    assertThat(json(r).path("input").path("text").asText()).isEqualTo("@secret.txt");
  }

  @Test
  void writesNeverReplaceAnInput() throws IOException {
    Path plan = write("plan.csv", "text,publish_at\nhello,2027-06-01\n");
    CliRun r = run("calendar", "plan.csv", "--offline", "--write-baseline", "./plan.csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is also an input of this run");
    assertThat(Files.readString(plan)).isEqualTo("text,publish_at\nhello,2027-06-01\n");
  }

  @Test
  void writesDoNotFollowLinks() throws IOException {
    write("plan.csv", "text,publish_at\nhello,2027-06-01\n");
    Path other = write("other.txt", "keep");
    Files.createSymbolicLink(dir.resolve("base.json"), other);
    CliRun r = run("calendar", "plan.csv", "--offline", "--write-baseline", "base.json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("symbolic link");
    assertThat(Files.readString(other)).isEqualTo("keep");
  }

  @Test
  void aBaselineIsWrittenWholeAndMayBeRefreshedInPlace() throws IOException {
    write("plan.csv", "text,publish_at\nhello,2027-06-01\n");
    assertThat(run("calendar", "plan.csv", "--offline", "--write-baseline", "b.json").code())
        .isZero();
    assertThat(run("calendar", "plan.csv", "--offline", "--baseline", "b.json",
        "--write-baseline", "b.json").code()).isZero();
    assertThat(Files.readString(dir.resolve("b.json"))).contains("hashvet_baseline");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aFailedWriteIsExitThree() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    Env env = new Env(Map.of("HOME", dir.toString()), Clock.fixed(CliRun.NOW, ZoneOffset.UTC),
        new ByteArrayInputStream(new byte[0]), dir, false);
    int code = Cli.run(env, new PrintWriter(full), new PrintWriter(err, true),
        "check", "--offline", "hello #x");
    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("could not write the output");
  }

  @Test
  void aRunawayUserRegexIsAnErrorNamingTheRule() throws IOException {
    Files.createDirectory(dir.resolve("mine"));
    write("mine/evil.yml", """
        pack: evil
        description: A pattern that backtracks without end.
        rules:
          - id: custom.evil
            category: disaster
            severity: review
            message: "Matched ${term}."
            why: "Test."
            match: {pattern: {regex: "(?:a|a)*?b"}}
            examples:
              flag: ["ab"]
              pass: ["cd"]
        """);
    long t0 = System.nanoTime();
    CliRun r = run("check", "--offline", "--rules", "mine", "a".repeat(40));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("rule custom.evil").contains("gave up");
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(60);
  }

  @Test
  void aYamlAliasIsNeverVettedAsItsName() throws IOException {
    write("plan.yaml", """
        - text: &t "Hello #notguilty"
          publish_at: 2027-01-01
        - text: *t
          publish_at: 2027-01-02
        """);
    JsonNode j = json(run("calendar", "plan.yaml", "--offline", "--format", "json"));
    assertThat(j.path("results")).hasSize(1);
    assertThat(j.path("errors").get(0).path("line").asInt()).isEqualTo(3);
    assertThat(j.path("errors").get(0).path("message").asText()).contains("alias");
  }

  @Test
  void wrongTypesInTheConfigNameFileLineAndKey() throws IOException {
    write("c1.yml", "sources:\n  mastodon: {enabled: maybe}\n");
    assertThat(run("check", "--offline", "--config", "c1.yml", "hi").err())
        .contains("c1.yml:2: enabled must be true or false");
    write("c2.yml", "sources:\n  mastodon:\n    instances: \"x\"\n");
    assertThat(run("check", "--offline", "--config", "c2.yml", "hi").err())
        .contains("c2.yml:3: instances must be a list");
  }

  @Test
  void anEmptyOrBlankCalendarHasNoRows() throws IOException {
    write("empty.csv", "");
    write("blank.csv", "\n  \n\n");
    for (String f : new String[] {"empty.csv", "blank.csv"}) {
      CliRun r = run("calendar", f, "--offline");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.out()).contains("line 1: no rows");
    }
  }

  @Test
  void badUtf8InASampleIsReportedOnItsLine() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 1; i <= 10; i++) {
      b.writeBytes(("{\"text\":\"post " + i + " #x\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    b.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, '"', '}'});
    Files.write(dir.resolve("s.jsonl"), b.toByteArray());
    CliRun r = run("check", "hello #x", "--sample", dir.resolve("s.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("s.jsonl:11: not valid UTF-8");
  }

  @Test
  void deepNestingIsACleanErrorWithALine() throws IOException {
    write("deep.yaml", "[".repeat(100_000));
    CliRun r = run("calendar", "deep.yaml", "--offline");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out() + r.err()).contains("nests deeper than 100 levels")
        .doesNotContain("StreamReadConstraints");
    write("deep.yml", "a: " + "[".repeat(100_000));
    assertThat(run("check", "--offline", "--config", "deep.yml", "hi").err())
        .contains("deep.yml:1: nested deeper than 100 levels");
  }

  @Test
  void escapeSequencesAreNeverEchoedRaw() {
    CliRun r = run("check", "--offline", "hi", "--at", "\u001b[31m2020\u202e");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u202e").contains("\\u001B[31m");
  }

  @Test
  void aLineThatIsNotATagIsItsOwnError() throws IOException {
    write("tags.txt", "hello\n_\nworldcup\n");
    CliRun r = run("segment", "--file", "tags.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("tags.txt:2:");
    assertThat(r.out()).contains("#hello").contains("#worldcup");
  }
}
