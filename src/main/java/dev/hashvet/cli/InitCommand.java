package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the init command is built. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Not built yet.")
final class InitCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw HashvetException.input("the init command is not built yet");
  }
}
