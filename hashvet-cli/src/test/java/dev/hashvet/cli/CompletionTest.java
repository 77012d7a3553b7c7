package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bash and zsh completion, loaded by the real shells: commands, options, rule ids, region
 * codes and language codes. zsh runs the bash functions through bashcompinit, as the installed
 * {@code _hashvet} does; the zsh cases are skipped only where zsh is not installed (.ci/run
 * installs it).
 */
class CompletionTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void writeScripts() throws Exception {
    Env env = new Env(Map.of(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
        new ByteArrayInputStream(new byte[0]), Path.of("/"), false);
    CommandLine tree = Cli.commandLine(env, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    Files.writeString(tmp.resolve("hashvet.bash"), Completion.bash(tree));
    Files.writeString(tmp.resolve("_hashvet"), Completion.zsh(tree));
  }

  /** What bash offers after typing {@code words} (the last one being completed). */
  private static String bash(String... words) throws Exception {
    String script = "source " + tmp.resolve("hashvet.bash") + " 2>/dev/null\n"
        + "COMP_WORDS=(" + String.join(" ", words) + "); COMP_CWORD=" + (words.length - 1) + "\n"
        + "_complete_hashvet 2>/dev/null; echo \"${COMPREPLY[*]}\"\n";
    return shell("bash", "-c", script);
  }

  /**
   * What zsh's bashcompinit hands to compadd after {@code words}: zsh's compadd then keeps those
   * that start with the word typed, so the test checks what is offered, not the final filter.
   */
  private static String zsh(String... words) throws Exception {
    String script = "autoload -U compinit && compinit -u -D\n"
        + "source " + tmp.resolve("_hashvet") + "\n"
        + "t() { emulate -L sh; setopt kshglob noshglob braceexpand; COMP_WORDS=(\"$@\");"
        + " COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _complete_hashvet; print -r --"
        + " \"${COMPREPLY[*]}\"; }\n"
        + "t " + String.join(" ", words) + "\n";
    return shell("zsh", "-f", "-c", script);
  }

  private static String shell(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.strip();
  }

  @Test
  void bashCompletesCommandsOptionsRuleIdsRegionsAndLanguages() throws Exception {
    Assumptions.assumeTrue(InstallCommandTest.onPath("bash"), "bash is not installed");
    assertThat(bash("hashvet", "ins")).isEqualTo("install");
    assertThat(bash("hashvet", "rules", "explain", "context.le"))
        .isEqualTo("context.legal-proceedings");
    assertThat(bash("hashvet", "check", "--region", "I")).contains("IN", "IT").doesNotContain("US");
    assertThat(bash("hashvet", "check", "--lang", "h")).contains("hi").doesNotContain("en");
    assertThat(bash("hashvet", "dates", "--region", "J")).contains("JP");
    assertThat(bash("hashvet", "calendar", "--fo")).contains("--format");
    assertThat(bash("hashvet", "check", "--color", "")).contains("always", "never", "auto");
  }

  @Test
  void zshLoadsTheSameCompletionThroughBashcompinit() throws Exception {
    Assumptions.assumeTrue(InstallCommandTest.onPath("zsh"),
        "zsh is not installed here (.ci/run installs it)");
    assertThat(zsh("hashvet", "ins").split(" ")).contains("install", "uninstall", "check");
    assertThat(zsh("hashvet", "rules", "explain", "context.le").split(" "))
        .contains("context.legal-proceedings", "text.tragedy");
    assertThat(zsh("hashvet", "check", "--region", "I").split(" ")).contains("IN", "US", "global")
        .doesNotContain("en");
    assertThat(zsh("hashvet", "check", "--lang", "h").split(" ")).contains("hi", "en")
        .doesNotContain("US");
  }
}
