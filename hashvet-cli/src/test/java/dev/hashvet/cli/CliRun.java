package dev.hashvet.cli;

import dev.hashvet.rules.RulePackReader;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real command tree in-process with a fixed clock, no terminal and captured output.
 *
 * @param code the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int code, String out, String err) {
  /** 2026-11-23T12:00:00Z: the tests' "now". */
  public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  /**
   * The rule reader every run shares, so that the bundled rules are parsed once per test run: a
   * test-only cache.
   */
  private static final RulePackReader RULES = new RulePackReader();

  public static CliRun run(String... args) {
    return run(Path.of("").toAbsolutePath(), "", Map.of(), args);
  }

  /** Runs in {@code workDir} with {@code stdin} and extra environment variables. */
  public static CliRun run(Path workDir, String stdin, Map<String, String> vars, String... args) {
    Map<String, String> env = new HashMap<>(vars);
    env.putIfAbsent("HOME", workDir.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env e =
        new Env(
            env,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            workDir,
            false,
            RULES);
    int code = Cli.run(e, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
