package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action (action.yml, run outside GitHub by scripts/action-local.sh) and the
 * pre-commit hook (.pre-commit-hooks.yaml, scripts/pre-commit-hook.sh), run for real over a
 * calendar with hashvet from the test classpath (HASHVET, so nothing is built).
 */
class CiScriptsTest {
  private static final Path REPO =
      Path.of(System.getProperty("hashvet.root", ".")).toAbsolutePath().normalize();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path tmp;
  private Path work;
  private Path hashvet;

  /** A repository with calendars/plan.csv (the bundled example) and a hashvet command. */
  @BeforeEach
  void setUp() throws IOException {
    work = tmp.resolve("repo");
    Files.createDirectories(work.resolve("calendars"));
    Files.copy(REPO.resolve("examples/calendar/campaign.csv"), work.resolve("calendars/plan.csv"));
    hashvet = tmp.resolve("hashvet");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Files.writeString(hashvet, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -cp '"
        + cp + "' dev.hashvet.cli.Main \"$@\"\n");
    hashvet.toFile().setExecutable(true);
  }

  private record Ran(int code, String out) {}

  private Ran run(Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
        .redirectErrorStream(true);
    pb.environment().put("HASHVET", hashvet.toString());
    pb.environment().put("HOME", tmp.toString());
    pb.environment().remove("GITHUB_OUTPUT");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Ran(p.exitValue(), out);
  }

  private Ran action(String... inputs) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash",
        REPO.resolve("scripts/action-local.sh").toString()));
    for (String i : inputs) {
      cmd.add("--input");
      cmd.add(i);
    }
    return run(Map.of("HASHVET_ACTION_LOCAL_DIR", tmp.resolve("gh").toString()),
        cmd.toArray(String[]::new));
  }

  @Test
  void theActionVetsOnceAndGivesSarifASummaryAndTheExitCode() throws Exception {
    Ran r = action("offline=true", "format=text");
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out())
        .contains("hashvet: vetting 1 calendar(s): calendars/plan.csv")
        .contains("line 17  bk-016  ✖ BLOCK")
        .contains("== upload-sarif (on GitHub: github/codeql-action/upload-sarif@v4)")
        .contains("::error::hashvet: rows at or above --fail-on block");
    Path gh = tmp.resolve("gh");
    String outputs = Files.readString(gh.resolve("output"));
    assertThat(outputs).contains("exit-code=1").containsPattern("key=hashvet-\\S+-[0-9a-f]{20}\n");
    String sarifPath = outputs.lines().filter(l -> l.startsWith("sarif="))
        .findFirst().orElseThrow().substring(6);
    JsonNode sarif = new ObjectMapper().readTree(Path.of(sarifPath).toFile());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.toString()).contains("combo.named-disaster-promotion");
    assertThat(gh.resolve("summary.md")).content()
        .startsWith("### hashvet: ✖ 2 blocked")
        .contains("calendars/plan.csv:17");
  }

  @Test
  void theActionPassesWithFailOnNeverAndWhenNoCalendarMatches() throws Exception {
    assertThat(action("offline=true", "format=json", "fail-on=never").code()).isZero();
    Ran none = action("files=plans/*.csv");
    assertThat(none.code()).as(none.out()).isZero();
    assertThat(none.out()).contains("no calendar matches 'plans/*.csv'; nothing to vet");
    Ran bad = action("colour=on");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.out()).contains("action.yml has no input 'colour'");
  }

  @Test
  void theActionsDefaultFormatAnnotatesTheRows() throws Exception {
    Assumptions.assumeTrue(Arrays.stream(OutputOptions.Format.values())
            .anyMatch(f -> f.name().equals("github")),
        "--format github (issue 15, item 4) is not in this build yet");
    Ran r = action("offline=true");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("::error file=calendars/plan.csv,line=17");
  }

  @Test
  void actionYmlHasTheInputsAndUploadsWithCodeqlV4() throws Exception {
    JsonNode action = YAML.readTree(REPO.resolve("action.yml").toFile());
    assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
    List<String> inputs = new ArrayList<>();
    action.path("inputs").fieldNames().forEachRemaining(inputs::add);
    assertThat(inputs).contains("files", "format", "fail-on", "regions", "offline", "sources",
        "version");
    List<String> uses = new ArrayList<>();
    action.path("runs").path("steps").forEach(s -> uses.add(s.path("uses").asText()));
    assertThat(uses).contains("github/codeql-action/upload-sarif@v4", "actions/cache@v4");
    assertThat(Files.readString(REPO.resolve("action.yml"))).doesNotContain("@v3");
  }

  @Test
  void thePreCommitHookNamesTheRowAndWhyItFailed() throws Exception {
    JsonNode hooks = YAML.readTree(REPO.resolve(".pre-commit-hooks.yaml").toFile());
    JsonNode hook = hooks.get(0);
    assertThat(hook.path("id").asText()).isEqualTo("hashvet-calendar");
    assertThat(REPO.resolve(hook.path("entry").asText())).isExecutable();
    Pattern files = Pattern.compile(hook.path("files").asText());
    assertThat(files.matcher("calendars/plan.csv").find()).isTrue();
    assertThat(files.matcher("marketing/calendar/q3.yaml").find()).isTrue();
    assertThat(files.matcher(".github/workflows/ci.yml").find()).isFalse();

    Ran r = run(Map.of(), REPO.resolve(hook.path("entry").asText()).toString(),
        "calendars/plan.csv");
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("line 17  bk-016  ✖ BLOCK")
        .contains("combo.named-disaster-promotion: The post ties a sale to a named disaster")
        .contains("hashvet: rows at or above --fail-on block");
    Ran review = run(Map.of("HASHVET_FAIL_ON", "never"),
        REPO.resolve(hook.path("entry").asText()).toString(), "calendars/plan.csv");
    assertThat(review.code()).isZero();
  }
}
