package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * Help fits its width, and every example a command shows is printed whole on one line, so it can
 * be copied (at 80 columns picocli cut "... > hashvet.sarif" after the dot).
 */
class HelpWidthTest {
  @Test
  void everyExampleIsPrintedWholeAndNoLineIsTooWide() {
    for (Class<?> c : HashvetCommand.SUBCOMMANDS) {
      Command command = c.getAnnotation(Command.class);
      CliRun r = CliRun.run(command.name(), "--help");
      assertThat(r.code()).as(command.name()).isZero();
      for (String line : r.out().lines().toList()) {
        assertThat(line.length()).as(command.name() + ": " + line)
            .isLessThanOrEqualTo(Cli.HELP_WIDTH);
      }
      List<String> examples = new ArrayList<>();
      for (String f : command.footer()) {
        if (f.startsWith("  hashvet ")) {
          examples.add(f);
        }
      }
      for (String example : examples) {
        assertThat(r.out().lines().toList()).as(command.name()).contains(example);
      }
    }
  }
}
