package dev.hashvet.cli;

import dev.hashvet.report.Style;
import dev.hashvet.shell.HistoryFile;
import dev.hashvet.shell.Output;
import dev.hashvet.shell.Session;
import dev.hashvet.shell.Settings;
import dev.hashvet.shell.Shell;
import dev.hashvet.shell.ShellCompleter;
import dev.hashvet.shell.Terminals;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hashvet shell}: the interactive desk; type a tag or a post, see the verdict. */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Vets tags and posts interactively, as you draft them.",
      "",
      "Type a #tag or a draft post and see the verdict at once, with the same rules",
      "and context as 'check'. Change settings as you go (:region IN,US,",
      ":at 2026-12-24T18:00, :sample FILE, ...); :why shows the evidence of the last",
      "answer, :explain RULE a rule, :help the rest. Tab completes commands, options,",
      "codes, rule ids and recent tags; history is kept in",
      "$XDG_STATE_HOME/hashvet/history (else ~/.local/state/hashvet/history).",
      "A line ending in \\ (or Alt-Enter) goes on to the next line. Ctrl-C abandons",
      "the line; Ctrl-D or :quit leaves. With input piped in it prints the answers",
      "only (no prompt, no colour), one entry a line."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hashvet shell --region US",
      "  hashvet shell --region IN,US --at 2026-12-24T18:00 --zone Asia/Kolkata",
      "  hashvet shell --sample examples/samples/notguilty-verdict-2011.jsonl",
      "  printf '#notguilty\\n:region GB\\n#notguilty\\n' | hashvet shell --offline",
      "",
      "In the shell:",
      "  US · now › :at 2011-07-05T15:00:00-04:00",
      "  US · 2011-07-05 15:00 › Who's #notguilty about eating all the treats?!",
      "  US · 2011-07-05 15:00 › :why",
      "",
      "Exit code: 0 when you leave (:quit, Ctrl-D or the end of piped input): the",
      "shell is interactive, so verdicts are shown, not returned as exit codes (use",
      "'check' in scripts that gate on them); 2 when its starting options are bad."
    })
final class ShellCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContextOptions context;
  @Mixin OutputOptions output;

  private final Env env;

  ShellCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Settings initial = ShellBackend.settings(context, output);
    Setup setup = new Setup(env, context);
    ShellBackend backend =
        new ShellBackend(env, context, output, setup.pipeline(), setup.config().sources().keySet());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (env.terminal()) {
        // A person at a terminal: JLine owns it, so everything goes through its writer.
        try (Terminal t = Terminals.system()) {
          Style style = new Style(colour(env, output, t.getType()));
          PrintWriter w = t.writer();
          Output o =
              new Output(
                  w,
                  w,
                  style,
                  () -> t.getWidth() > 0 ? t.getWidth() : env.width(),
                  output.quiet,
                  output.verbose);
          Session session = new Session(backend, initial, o);
          return new Shell(
                  t,
                  session,
                  new ShellCompleter(session, env.workDir()),
                  true,
                  style,
                  Optional.of(HistoryFile.of(env.vars())),
                  w)
              .run();
        }
      }
      try (Terminal t = Terminals.piped(env.stdin(), out)) {
        Output o =
            new Output(out, err, Style.plain(), env::width, output.quiet, output.verbose, false);
        Session session = new Session(backend, initial, o);
        return new Shell(
                t,
                session,
                new ShellCompleter(session, env.workDir()),
                false,
                Style.plain(),
                Optional.empty(),
                err)
            .run();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
    }
  }

  /**
   * Colour in the shell: as --color says; by default on a terminal that is not dumb, unless
   * NO_COLOR is set (any value) or --no-color was given.
   */
  static boolean colour(Env env, OutputOptions output, String terminalType) {
    if (output.color == OutputOptions.ColorWhen.always && !output.noColor) {
      return true;
    }
    return output.colour(env)
        && !Terminal.TYPE_DUMB.equals(terminalType)
        && !Terminal.TYPE_DUMB_COLOR.equals(terminalType);
  }
}
