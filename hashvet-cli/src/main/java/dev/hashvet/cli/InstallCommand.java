package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hashvet install [--prefix DIR]}: the launcher, jar, man pages and completion. */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Installs the launcher, man pages and completion under a prefix (default ~/.local).",
      "The launcher goes in DIR/bin, the jar in DIR/lib/hashvet, man pages in"
          + " DIR/share/man/man1, bash and zsh completion in"
          + " DIR/share/bash-completion/completions and DIR/share/zsh/site-functions.",
      "Installing again replaces the earlier install; 'hashvet uninstall' removes exactly what"
          + " was written (listed in DIR/lib/hashvet/installed.txt)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./hashvet install                      (from a clone: builds, then installs)",
      "  hashvet install --prefix /opt/hashvet",
      "  java -jar target/hashvet.jar install --prefix /usr/local",
      "  hashvet uninstall"
    })
final class InstallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--prefix", paramLabel = "DIR",
      description = "Where to install (default: ~/.local).")
  Path prefix;

  @Option(names = "--jar", paramLabel = "FILE",
      description = "The jar to install (default: the one running now).")
  Path jar;

  @Option(names = "--force",
      description = "Replace files at the prefix that an earlier 'hashvet install' did not write.")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces for unexpected errors.")
  boolean verbose;

  private final Env env;

  InstallCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Path dir = prefix(env, prefix);
    Path source = jar != null ? env.workDir().resolve(jar).normalize() : runningJar();
    if (!Files.isRegularFile(source)) {
      throw HashvetException.input("--jar: no such file: " + source);
    }
    CommandLine tree = Cli.commandLine(env, new PrintWriter(PrintWriter.nullWriter()),
        new PrintWriter(PrintWriter.nullWriter()));
    Installer.Installed done = new Installer(dir).install(source,
        Completion.bash(tree), Completion.zsh(tree), force);
    PrintWriter out = spec.commandLine().getOut();
    out.println("installed hashvet " + Version.current() + " under " + dir + ":");
    out.println("  " + Installer.LAUNCHER + "  (launcher)");
    out.println("  " + Installer.JAR);
    if (done.manPages().isEmpty()) {
      out.println("  no man pages: this jar was built without them (-Dhashvet.docs.skip=true);"
          + " 'mvn package' bundles them");
    } else {
      out.println("  " + Installer.MAN_DIR + "/  (" + done.manPages().size()
          + " man pages: man hashvet, man hashvet-check, ...)");
    }
    out.println("  " + Installer.BASH);
    out.println("  " + Installer.ZSH);
    for (String r : done.removed()) {
      out.println("  removed " + r + " (no longer part of hashvet)");
    }
    hints(dir, out);
    return 0;
  }

  /** The lines a person may need to add to their shell's start-up files. */
  private void hints(Path dir, PrintWriter out) {
    Path bin = dir.resolve("bin");
    boolean onPath = Arrays.stream(env.var("PATH").split(":"))
        .filter(s -> !s.isBlank())
        .anyMatch(s -> Path.of(s).toAbsolutePath().normalize().equals(bin));
    if (!onPath) {
      out.println(bin + " is not on your PATH; add this line to ~/.bashrc (or ~/.zshrc):");
      out.println("  export PATH=\"" + bin + ":$PATH\"");
    }
    if (!dir.equals(home(env).resolve(".local")) && !dir.equals(Path.of("/usr/local"))
        && !dir.equals(Path.of("/usr"))) {
      out.println("bash completion: add to ~/.bashrc:  source " + dir.resolve(Installer.BASH));
    }
    if (env.var("SHELL").endsWith("zsh")) {
      out.println("zsh completion: add to ~/.zshrc, before compinit:  fpath=("
          + dir.resolve("share/zsh/site-functions") + " $fpath)");
    }
  }

  /** The prefix given (relative to the working folder), or ~/.local. */
  static Path prefix(Env env, Path given) {
    if (given != null) {
      return env.workDir().resolve(given).toAbsolutePath().normalize();
    }
    return home(env).resolve(".local");
  }

  private static Path home(Env env) {
    String home = env.var("HOME");
    if (home.isBlank()) {
      throw HashvetException.input("HOME is not set", "give the folder with --prefix DIR");
    }
    return Path.of(home).toAbsolutePath().normalize();
  }

  /** The jar this process runs from. */
  private static Path runningJar() {
    try {
      Path p = Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
        return p;
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // Falls through to the error below.
    }
    throw HashvetException.input("install copies the jar hashvet runs from, and this hashvet is"
        + " not running from a jar", "build it and run './hashvet install' (or give --jar FILE)");
  }
}
