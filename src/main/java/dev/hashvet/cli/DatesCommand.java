package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the dates command is built on its branch. */
@Command(name = "dates", mixinStandardHelpOptions = true, description = "Not built yet.")
final class DatesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw HashvetException.input("the dates command is not built yet");
  }
}
