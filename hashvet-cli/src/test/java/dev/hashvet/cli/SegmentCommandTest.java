package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void textShowsRankedReadingsWithRiskyWordsMarked() {
    CliRun run = CliRun.run("segment", "#susanalbumparty");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("#susanalbumparty\n");
    assertThat(run.out()).containsPattern("\\s0\\.0  susan album party   best\\n");
    assertThat(run.out()).containsPattern("\\[anal\\] bum party   risky: anal \\(adult\\)");
  }

  @Test
  void oneBlockPerTagAndHashIsOptional() {
    CliRun run = CliRun.run("segment", "LoveDP", "#IPOissues");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("#LoveDP\n", "love dp   best", "#IPOissues\n", "ipo issues");
    assertThat(run.out().split("\n\n")).hasSize(2);
  }

  @Test
  void jsonIsTheContractArray() throws Exception {
    CliRun run = CliRun.run("segment", "--format", "json", "susanalbumparty", "cocktail");
    assertThat(run.code()).isZero();
    JsonNode array = JSON.readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    JsonNode susan = array.get(0);
    assertThat(susan.get("tag").asText()).isEqualTo("susanalbumparty");
    assertThat(susan.get("best").asText()).isEqualTo("susan album party");
    JsonNode best = susan.get("readings").get(0);
    assertThat(best.get("text").asText()).isEqualTo("susan album party");
    assertThat(best.get("cost").isNumber()).isTrue();
    assertThat(best.get("cost").asDouble()).isZero();
    assertThat(best.get("risky")).isEmpty();
    boolean anal = false;
    for (JsonNode r : susan.get("readings")) {
      assertThat(r.properties()).extracting(Map.Entry::getKey)
          .containsExactly("text", "cost", "risky");
      double cost = r.get("cost").asDouble();
      assertThat(Math.round(cost * 10) / 10.0).isEqualTo(cost);
      anal |= r.get("risky").toString().equals("[\"anal\"]");
    }
    assertThat(anal).isTrue();
    assertThat(array.get(1).get("readings").findValues("risky"))
        .allSatisfy(r -> assertThat(r).isEmpty());
  }

  @Test
  void topLimitsPlainReadingsButKeepsRiskyOnes() throws Exception {
    JsonNode one = JSON.readTree(
        CliRun.run("segment", "--format", "json", "--top", "1", "MondayMotivation").out());
    assertThat(one.get(0).get("readings")).hasSize(1);
    JsonNode susan = JSON.readTree(
        CliRun.run("segment", "--format", "json", "--top", "1", "susanalbumparty").out());
    assertThat(susan.get(0).get("readings")).hasSize(2);
    JsonNode five = JSON.readTree(
        CliRun.run("segment", "--format", "json", "penisland").out());
    assertThat(five.get(0).get("readings").size()).isBetween(2, 5);
  }

  @Test
  void fileReadsOneTagALineAndNamesBadLines() throws Exception {
    Path tags = dir.resolve("tags.txt");
    Files.writeString(tags, "#therapistfinder\n\nnot a tag\nLoveDP\n#\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.run(dir, "", Map.of(), "segment", "--file", "tags.txt");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains("#therapistfinder\n", "the [rapist] finder", "#LoveDP\n");
    assertThat(run.err().lines()).containsExactly(
        "error: tags.txt:2: empty line, expected a tag",
        "error: tags.txt:3: 'not a tag' is not one tag (no spaces or '#' inside)",
        "error: tags.txt:5: '#' has no tag after the '#'");
  }

  @Test
  void fileDashReadsStandardInput() {
    CliRun run = CliRun.run(dir, "expertsexchange\n", Map.of(), "segment", "--file", "-");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("expert [sex] change");
  }

  @Test
  void missingFileIsBadInput() {
    CliRun run = CliRun.run(dir, "", Map.of(), "segment", "--file", "nope.txt");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: --file nope.txt: no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void noTagIsBadInput() {
    CliRun run = CliRun.run("segment");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("error: no tag given", "hint: ");
  }

  @Test
  void badTopIsBadInput() {
    assertThat(CliRun.run("segment", "--top", "0", "x").code()).isEqualTo(2);
    CliRun run = CliRun.run("segment", "--top", "many", "x");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--top");
  }

  @Test
  void badFormatIsBadInput() {
    CliRun run = CliRun.run("segment", "--format", "xml", "x");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("xml");
  }

  @Test
  void controlCharactersNeverReachTheTerminal() {
    CliRun run = CliRun.run("segment", "bad\u001b[31mtag", "ok");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).doesNotContain("\u001b").contains("#ok");
    assertThat(run.err()).doesNotContain("\u001b").contains("argument 1");
  }

  @Test
  void hiddenCharactersAreShown() {
    CliRun run = CliRun.run("segment", "nоtguilty");
    assertThat(run.out())
        .contains("hidden: 'nоtguilty' looks Latin but has Cyrillic", "not guilty");
  }

  @Test
  void helpHasExamples() {
    CliRun run = CliRun.run("segment", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Examples:", "hashvet segment '#susanalbumparty'", "--top",
        "--file", "--format");
  }
}
