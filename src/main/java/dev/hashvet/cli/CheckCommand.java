package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the check command is built. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Not built yet.")
final class CheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw HashvetException.input("the check command is not built yet");
  }
}
