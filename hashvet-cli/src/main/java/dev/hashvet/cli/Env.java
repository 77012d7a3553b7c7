package dev.hashvet.cli;

import dev.hashvet.rules.RulePackReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the process gets from outside: environment variables, the clock, standard input, the
 * working directory and whether standard output is a terminal; and the run's rule reader, which
 * parses the bundled rules once for every command the run executes (the shell runs many).
 * Injected so that tests and the shell run the same commands deterministically.
 */
public record Env(
    Map<String, String> vars,
    Clock clock,
    InputStream stdin,
    Path workDir,
    boolean terminal,
    RulePackReader rules) {
  public Env {
    vars = Map.copyOf(vars);
  }

  /** An environment with a rule reader of its own. */
  public Env(
      Map<String, String> vars, Clock clock, InputStream stdin, Path workDir, boolean terminal) {
    this(vars, clock, stdin, workDir, terminal, new RulePackReader());
  }

  /** The real process environment. */
  public static Env system() {
    return new Env(
        System.getenv(),
        Clock.systemDefaultZone(),
        System.in,
        Path.of("").toAbsolutePath(),
        System.console() != null && isTerminalOut());
  }

  private static boolean isTerminalOut() {
    try {
      // Java 22 adds Console.isTerminal(); on 17 a console exists only when both ends are terminals.
      return System.console() != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public String var(String name) {
    return vars.getOrDefault(name, "");
  }

  /**
   * Colour when nothing on the command line says otherwise: when FORCE_COLOR is set (to anything
   * but 0 or false; it wins over NO_COLOR, as in Node.js), else only on a terminal that is not dumb
   * and never when NO_COLOR is set (any value).
   */
  public boolean colourAllowed() {
    if (vars.containsKey("FORCE_COLOR")) {
      String force = var("FORCE_COLOR").strip();
      if (!force.equals("0") && !force.equalsIgnoreCase("false")) {
        return true;
      }
    }
    return terminal && !vars.containsKey("NO_COLOR") && !"dumb".equals(var("TERM"));
  }

  /** Terminal width from COLUMNS, or 100. */
  public int width() {
    try {
      int w = Integer.parseInt(var("COLUMNS").trim());
      return w >= 20 ? w : 100;
    } catch (NumberFormatException e) {
      return 100;
    }
  }
}
