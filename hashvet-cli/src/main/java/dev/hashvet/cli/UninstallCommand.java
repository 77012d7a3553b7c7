package dev.hashvet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hashvet uninstall [--prefix DIR]}: removes what {@code hashvet install} wrote. */
@Command(
    name = "uninstall",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Removes what 'hashvet install' wrote under a prefix (default ~/.local).",
      "Exactly the files listed in DIR/lib/hashvet/installed.txt, and the folders the install"
          + " created when nothing else is in them."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  hashvet uninstall", "  hashvet uninstall --prefix /opt/hashvet"})
final class UninstallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--prefix", paramLabel = "DIR",
      description = "The prefix 'hashvet install' used (default: ~/.local).")
  Path prefix;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces for unexpected errors.")
  boolean verbose;

  private final Env env;

  UninstallCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Path dir = InstallCommand.prefix(env, prefix);
    List<String> removed = new Installer(dir).uninstall();
    PrintWriter out = spec.commandLine().getOut();
    out.println("removed hashvet from " + dir + " (" + removed.size() + " files)");
    return 0;
  }
}
