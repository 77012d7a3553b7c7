package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the segment command is built on its branch. */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Not built yet.")
final class SegmentCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw HashvetException.input("the segment command is not built yet");
  }
}
