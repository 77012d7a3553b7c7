package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Colour only on a real terminal, never with NO_COLOR (any value), --no-color or TERM=dumb; unless
 * --color=always or FORCE_COLOR asks for it.
 */
class ShellColourTest {
  private static Env env(Map<String, String> vars, boolean terminal) {
    return new Env(
        vars,
        Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC),
        new ByteArrayInputStream(new byte[0]),
        Path.of("").toAbsolutePath(),
        terminal);
  }

  private static OutputOptions options(boolean noColor, OutputOptions.ColorWhen when) {
    OutputOptions o = new OutputOptions();
    o.noColor = noColor;
    o.color = when;
    return o;
  }

  private static OutputOptions auto() {
    return options(false, OutputOptions.ColorWhen.auto);
  }

  @Test
  void theShellColoursOnlyARealTerminalWithoutNoColor() {
    assertThat(ShellCommand.colour(env(Map.of("TERM", "xterm"), true), auto(), "xterm")).isTrue();
    assertThat(
            ShellCommand.colour(env(Map.of("TERM", "xterm", "NO_COLOR", ""), true), auto(), "xterm"))
        .isFalse();
    assertThat(ShellCommand.colour(env(Map.of("TERM", "xterm"), true),
        options(true, OutputOptions.ColorWhen.auto), "xterm")).isFalse();
    assertThat(ShellCommand.colour(env(Map.of("TERM", "xterm"), true), auto(), "dumb")).isFalse();
    assertThat(ShellCommand.colour(env(Map.of("TERM", "xterm"), false), auto(), "xterm")).isFalse();
    assertThat(ShellCommand.colour(env(Map.of(), false),
        options(false, OutputOptions.ColorWhen.always), "dumb")).isTrue();
  }

  @Test
  void colorAlwaysNeverAndForceColorDecideBeforeTheTerminal() {
    Env pipe = env(Map.of(), false);
    assertThat(options(false, OutputOptions.ColorWhen.always).colour(pipe)).isTrue();
    assertThat(auto().colour(pipe)).isFalse();
    assertThat(auto().colour(env(Map.of("FORCE_COLOR", "1"), false))).isTrue();
    assertThat(auto().colour(env(Map.of("FORCE_COLOR", ""), false))).isTrue();
    assertThat(auto().colour(env(Map.of("FORCE_COLOR", "0"), false))).isFalse();
    // FORCE_COLOR wins over NO_COLOR (as in Node.js); the command line wins over both.
    assertThat(auto().colour(env(Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"), false))).isTrue();
    assertThat(options(false, OutputOptions.ColorWhen.never)
        .colour(env(Map.of("FORCE_COLOR", "1"), true))).isFalse();
    assertThat(options(true, OutputOptions.ColorWhen.always).colour(pipe)).isFalse();
  }

  @Test
  void colorAlwaysColoursAPipedCheckAndNeverKeepsATerminalPlain() {
    CliRun always = CliRun.run("check", "#sunnyday", "--offline", "--color=always");
    assertThat(always.out()).contains("\u001B[");
    CliRun forced = CliRun.run(Path.of("").toAbsolutePath(), "", Map.of("FORCE_COLOR", "1"),
        "check", "#sunnyday", "--offline");
    assertThat(forced.out()).contains("\u001B[");
    StringWriter never = new StringWriter();
    Cli.run(env(Map.of("TERM", "xterm"), true), new PrintWriter(never, true),
        new PrintWriter(new StringWriter()), "check", "#sunnyday", "--offline", "--color", "never");
    assertThat(never.toString()).doesNotContain("\u001B");
    CliRun bad = CliRun.run("check", "#sunnyday", "--offline", "--color=sometimes");
    assertThat(bad.code()).isEqualTo(2);
  }

  @Test
  void checkOnATerminalHasColourUnlessNoColorIsSet() {
    String[] args = {"check", "#sunnyday", "--offline"};
    StringWriter coloured = new StringWriter();
    Cli.run(
        env(Map.of("TERM", "xterm"), true),
        new PrintWriter(coloured, true),
        new PrintWriter(new StringWriter()),
        args);
    assertThat(coloured.toString()).contains("\u001B[");
    StringWriter plain = new StringWriter();
    Cli.run(
        env(Map.of("TERM", "xterm", "NO_COLOR", "1"), true),
        new PrintWriter(plain, true),
        new PrintWriter(new StringWriter()),
        args);
    assertThat(plain.toString()).doesNotContain("\u001B").contains("✔ PASS  #sunnyday");
  }
}
