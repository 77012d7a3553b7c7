package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the rules command is built. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Not built yet.")
final class RulesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw HashvetException.input("the rules command is not built yet");
  }
}
