package dev.hashvet.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (run by exec-maven-plugin in {@code prepare-package}): writes the man pages' AsciiDoc
 * (picocli's ManPageGenerator; asciidoctor turns them into roff) and the bash and zsh completion
 * ({@link Completion}) from the same command tree that {@code hashvet} runs. Lives in the tests so
 * that picocli-codegen stays out of the shipped jar. The build then bundles the roff pages in the
 * jar ({@code META-INF/hashvet/man/man1}, for {@code hashvet install}) and in the release archive.
 *
 * <p>Arguments: the folder for the AsciiDoc pages, then the folder for the completion scripts.
 */
public final class DocsGenerator {
  private DocsGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DocsGenerator ADOC_DIR COMPLETION_DIR");
    }
    Path adoc = Path.of(args[0]);
    Path completion = Path.of(args[1]);
    Files.createDirectories(adoc);
    Files.createDirectories(completion);
    // A fixed, empty environment: the pages must not depend on who builds them.
    Env env =
        new Env(
            Map.of(),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
            new ByteArrayInputStream(new byte[0]),
            Path.of("/"),
            false);
    CommandLine cl =
        Cli.commandLine(
            env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    int code =
        ManPageGenerator.generateManPage(
            adoc.toFile(), null, new boolean[0], true, cl.getCommandSpec());
    if (code != 0) {
      throw new IllegalStateException("ManPageGenerator failed with exit code " + code);
    }
    Files.writeString(
        completion.resolve("hashvet-completion.bash"), Completion.bash(cl), StandardCharsets.UTF_8);
    Files.writeString(completion.resolve("_hashvet"), Completion.zsh(cl), StandardCharsets.UTF_8);
    System.out.println(
        "hashvet docs: man page sources in "
            + adoc
            + ", completion in "
            + completion.resolve("hashvet-completion.bash")
            + " (bash) and "
            + completion.resolve("_hashvet")
            + " (zsh)");
  }
}
