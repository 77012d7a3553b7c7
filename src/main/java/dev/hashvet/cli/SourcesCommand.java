package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the sources command is built on its branch. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "Not built yet.")
final class SourcesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw HashvetException.input("the sources command is not built yet");
  }
}
