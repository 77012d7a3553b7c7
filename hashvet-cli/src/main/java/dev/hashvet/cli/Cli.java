package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import dev.hashvet.Nearest;
import dev.hashvet.text.Sanitizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where picocli's policies are set: how commands are built (with the {@link Env}),
 * how errors become the contract's exit codes (2 for bad input, 3 for could-not-vet and unexpected
 * errors, never picocli's own 1), and where output goes. Commands print only through
 * {@code spec.commandLine().getOut()/getErr()}.
 */
public final class Cli {
  private Cli() {}

  /** Runs hashvet with {@code args}; returns the exit code (0, 1, 2 or 3). */
  public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(env, out, err, args.length > 0 ? args[0] : "").execute(args);
    out.flush();
    if (out.checkError()) {
      // A full disk or a closed pipe: the report is lost, so the run did not vet.
      err.println("error: could not write the output (disk full or output closed)");
      err.flush();
      return HashvetException.COULD_NOT_VET;
    }
    return code;
  }

  /** The fully configured command tree, for the shell's completion and the docs. */
  public static CommandLine commandLine(Env env, PrintWriter out, PrintWriter err) {
    return commandLine(env, out, err, "");
  }

  /**
   * The configured tree; when {@code first} names a subcommand, the tree holds only that one
   * (the top's help, which lists them all, is not asked for then): picocli's reading of every
   * command's annotations was a good part of each start-up, and a run uses one command.
   */
  /** The width help is laid out at. */
  static final int HELP_WIDTH = 100;

  private static CommandLine commandLine(Env env, PrintWriter out, PrintWriter err, String first) {
    EnvFactory factory = new EnvFactory(env);
    CommandLine cl = new CommandLine(new HashvetCommand(), factory);
    // 'help COMMAND' needs the whole tree.
    List<Class<?>> subcommands = HashvetCommand.SUBCOMMANDS.stream()
        .filter(c -> names(c).contains(first) && !first.equals("help"))
        .toList();
    for (Class<?> c : subcommands.isEmpty() ? HashvetCommand.SUBCOMMANDS : subcommands) {
      cl.addSubcommand(new CommandLine(c, factory).setExpandAtFiles(false));
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // Help is 100 columns wide: the examples are commands to copy, and at picocli's 80 they were
    // cut at a dot ("> hashvet." then "sarif"). HelpWidthTest keeps every line within it.
    cl.setUsageHelpWidth(HELP_WIDTH);
    // Text is read from a file only when --file, '-' or a command's own option asks for it.
    cl.setExpandAtFiles(false);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(
        env.colourAllowed() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cl.setExecutionExceptionHandler(Cli::handleExecutionException);
    cl.setParameterExceptionHandler(Cli::handleParameterException);
    return cl;
  }

  private static List<String> names(Class<?> command) {
    Command c = command.getAnnotation(Command.class);
    List<String> out = new ArrayList<>(List.of(c.aliases()));
    out.add(c.name());
    return out;
  }

  private static int handleExecutionException(
      Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    boolean verbose = isVerbose(parseResult);
    if (ex instanceof HashvetException he) {
      err.println("error: " + oneLine(he.getMessage()));
      if (he.hint() != null) {
        err.println("hint: " + oneLine(he.hint()));
      }
      if (verbose && he.getCause() != null) {
        err.print(stackTrace(he));
      }
      err.flush();
      return he.exitCode();
    }
    err.println("error: unexpected failure: " + oneLine(String.valueOf(ex)));
    if (verbose) {
      err.print(stackTrace(ex));
    } else {
      err.println("hint: run again with --verbose for the details");
    }
    err.flush();
    return HashvetException.COULD_NOT_VET;
  }

  private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + oneLine(ex.getMessage()));
    String help = cmd.getCommandSpec().qualifiedName();
    List<String> near = ex instanceof UnmatchedArgumentException u ? suggestions(u)
        : ex.getValue() != null && String.valueOf(ex.getMessage()).startsWith("Unknown subcommand")
            ? subcommands(ex.getValue(), cmd.getCommandSpec()) // 'hashvet help chek'
            : List.of();
    if (!near.isEmpty()) {
      err.println("hint: did you mean " + String.join(" or ", near.stream()
          .map(n -> "'" + n + "'").toList()) + "? (see '" + help + " --help')");
    } else {
      err.println("hint: see '" + help + " --help'");
    }
    err.flush();
    return HashvetException.BAD_INPUT;
  }

  /**
   * The subcommands (for a word) or options (for a dash) nearest the first unmatched argument,
   * as the whole command to type for a subcommand ({@code hashvet check}); picocli's own
   * suggestions when ours find none.
   */
  private static List<String> suggestions(UnmatchedArgumentException ex) {
    List<String> unmatched = ex.getUnmatched();
    if (unmatched.isEmpty()) {
      return List.of();
    }
    String typed = unmatched.get(0).replaceFirst("=.*", "");
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    List<String> near;
    if (typed.startsWith("-")) {
      near = Nearest.of(typed, spec.optionsMap().keySet(), 3);
    } else {
      near = subcommands(typed, spec);
    }
    return near.isEmpty() ? ex.getSuggestions() : near;
  }

  /** The subcommands of {@code spec} nearest {@code typed}, as commands to type. */
  private static List<String> subcommands(String typed, CommandSpec spec) {
    return Nearest.of(typed, spec.subcommands().keySet(), 3).stream()
        .map(n -> spec.qualifiedName() + " " + n)
        .toList();
  }

  private static boolean isVerbose(ParseResult pr) {
    for (ParseResult p = pr; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code s} on one line with every character of the one control set ({@link
   * Sanitizer#isControl}: escape sequences, bidi overrides, C1 controls) shown as a {@code \\uXXXX}
   * escape: messages echo option values and file names, and a terminal must never act on them,
   * while the user still sees what the value held.
   */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    StringBuilder b = new StringBuilder(flat.length());
    flat.codePoints().forEach(c -> {
      if (Sanitizer.isControl(c)) {
        b.append(String.format("\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  private static String stackTrace(Throwable t) {
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }

  /** Builds commands, giving those that take one the {@link Env}. */
  private static final class EnvFactory implements IFactory {
    private final Env env;
    private final IFactory fallback = CommandLine.defaultFactory();

    EnvFactory(Env env) {
      this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        Constructor<K> c = cls.getDeclaredConstructor(Env.class);
        c.setAccessible(true);
        return c.newInstance(env);
      } catch (NoSuchMethodException e) {
        return fallback.create(cls);
      }
    }
  }
}
