package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No bundled YAML value is cut by a comment: an unquoted scalar such as {@code description: the
 * #notguilty case} ends at " #", so a tag inside a description, message or reason must be quoted.
 */
class BundledTextNotCutTest {
  /** A key, an unquoted plain scalar, then " #" glued to a word: a tag YAML reads as a comment. */
  private static final Pattern CUT =
      Pattern.compile("^\\s*(- )?[A-Za-z_-]+:\\s+[^\"'|>\\[{\\s#].*\\s#[^\\s#]");

  @Test
  void noBundledValueIsCutAtATag() throws IOException {
    List<String> cut = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (CUT.matcher(lines.get(i)).find()) {
            cut.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(cut).as("quote these values").isEmpty();
  }

  @Test
  void theCheckCatchesAnUnquotedTag() {
    assertThat(CUT.matcher("description: Trials (the #notguilty case).").find()).isTrue();
    assertThat(CUT.matcher("description: \"Trials (the #notguilty case).\"").find()).isFalse();
    assertThat(CUT.matcher("regions: [US]   # a comment").find()).isFalse();
    assertThat(CUT.matcher("fail_on: block # review | block | never").find()).isFalse();
  }
}
