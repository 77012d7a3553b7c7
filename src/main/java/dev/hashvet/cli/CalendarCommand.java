package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the calendar command is built on its branch. */
@Command(name = "calendar", mixinStandardHelpOptions = true, description = "Not built yet.")
final class CalendarCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw HashvetException.input("the calendar command is not built yet");
  }
}
