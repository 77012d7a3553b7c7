package dev.hashvet.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command tree; prints its help when called without a subcommand. */
@Command(
    name = "hashvet",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Vets a hashtag or a draft post before a brand publishes it: reads the tag, samples what"
          + " people post with it now, checks the date and the markets, and answers PASS, REVIEW"
          + " or BLOCK with the evidence for every finding."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  vetted; nothing at or above --fail-on",
      "  1  vetted; at least one item at or above --fail-on",
      "  2  bad invocation, config, rule file or input",
      "  3  could not vet (no live source answered) or an unexpected error"
    })
final class HashvetCommand implements Runnable {
  /** The subcommands, in the order help lists them (added by {@link Cli#commandLine}). */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      CheckCommand.class,
      CalendarCommand.class,
      ShellCommand.class,
      SegmentCommand.class,
      RulesCommand.class,
      SourcesCommand.class,
      DatesCommand.class,
      InitCommand.class,
      InstallCommand.class,
      UninstallCommand.class,
      HelpCommand.class);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
