package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the shell command is built on its branch. */
@Command(name = "shell", mixinStandardHelpOptions = true, description = "Not built yet.")
final class ShellCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw HashvetException.input("the shell command is not built yet");
  }
}
