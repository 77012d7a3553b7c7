package dev.hashvet.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hashvet help [COMMAND...]}: the same help as {@code COMMAND --help}, for commands at any
 * depth ({@code hashvet help rules explain}). An unknown name is a bad invocation with the
 * nearest commands as a hint (see {@link Cli}).
 */
@Command(
    name = "help",
    helpCommand = true,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Shows a command's help: 'hashvet help check' is 'hashvet check --help'.",
    footerHeading = "%nExamples:%n",
    footer = {"  hashvet help check", "  hashvet help rules explain", "  hashvet help"})
final class HelpCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "COMMAND", arity = "0..*",
      description = "The command (and subcommand) whose help to show; none: hashvet's own.")
  List<String> commands = new ArrayList<>();

  @Override
  public void run() {
    CommandLine target = spec.parent().commandLine();
    for (String name : commands) {
      CommandLine next = target.getSubcommands().get(name);
      if (next == null) {
        throw new ParameterException(target, "Unknown subcommand '" + name + "'.", null, name);
      }
      target = next;
    }
    target.usage(spec.commandLine().getOut());
  }
}
