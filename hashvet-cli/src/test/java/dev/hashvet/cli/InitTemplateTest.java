package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.config.Config;
import dev.hashvet.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every commented entry of the starter config parses once its '#' is removed. */
class InitTemplateTest {
  /** A commented-out entry: '#' glued to a key, or '#' and spaces before a list item. */
  private static final Pattern ENTRY = Pattern.compile("^(\\s*)#(?=\\S| {2,}- )");

  @TempDir Path dir;

  @Test
  void everyCommentedEntryParsesWhenUncommented() throws IOException {
    for (String industry : new String[] {"", "alcohol"}) {
      Path sub = Files.createDirectories(dir.resolve("w" + industry));
      CliRun r = industry.isEmpty()
          ? CliRun.run(sub, "", Map.of(), "init")
          : CliRun.run(sub, "", Map.of(), "init", "--industry", industry);
      assertThat(r.code()).as(r.err()).isZero();
      Path file = sub.resolve(".hashvet.yml");
      new ConfigLoader().load(Optional.of(file), sub, Map.of());
      StringBuilder open = new StringBuilder();
      int uncommented = 0;
      for (String line : Files.readAllLines(file)) {
        var m = ENTRY.matcher(line);
        if (m.find()) {
          uncommented++;
          open.append(m.replaceFirst("$1")).append('\n');
        } else {
          open.append(line).append('\n');
        }
      }
      assertThat(uncommented).isGreaterThanOrEqualTo(2);
      Files.writeString(file, open);
      Config c = new ConfigLoader().load(Optional.of(file), sub, Map.of());
      assertThat(c.allow()).hasSize(1);
    }
  }
}
