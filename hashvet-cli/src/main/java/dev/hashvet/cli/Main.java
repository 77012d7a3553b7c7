package dev.hashvet.cli;

import java.io.PrintWriter;
import dev.hashvet.vet.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The process entry point: the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  /** Commands that load the rule book and models, which can start loading at once. */
  private static final Set<String> VETTING = Set.of("check", "calendar", "shell");

  public static void main(String[] args) {
    Env env = Env.system();
    if (args.length > 0 && VETTING.contains(args[0]) && !asksForHelp(args)) {
      Pipeline.warmUp(env.rules());
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Cli.run(env, out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  private static boolean asksForHelp(String[] args) {
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return true;
      }
    }
    return false;
  }
}
