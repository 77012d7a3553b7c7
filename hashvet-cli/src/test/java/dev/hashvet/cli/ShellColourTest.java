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

/** Colour only on a real terminal, never with NO_COLOR (any value), --no-color or TERM=dumb. */
class ShellColourTest {
  private static Env env(Map<String, String> vars, boolean terminal) {
    return new Env(
        vars,
        Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC),
        new ByteArrayInputStream(new byte[0]),
        Path.of("").toAbsolutePath(),
        terminal);
  }

  @Test
  void theShellColoursOnlyARealTerminalWithoutNoColor() {
    assertThat(ShellCommand.colour(env(Map.of("TERM", "xterm"), true), false, "xterm")).isTrue();
    assertThat(
            ShellCommand.colour(env(Map.of("TERM", "xterm", "NO_COLOR", ""), true), false, "xterm"))
        .isFalse();
    assertThat(ShellCommand.colour(env(Map.of("TERM", "xterm"), true), true, "xterm")).isFalse();
    assertThat(ShellCommand.colour(env(Map.of("TERM", "xterm"), true), false, "dumb")).isFalse();
    assertThat(ShellCommand.colour(env(Map.of("TERM", "xterm"), false), false, "xterm")).isFalse();
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
