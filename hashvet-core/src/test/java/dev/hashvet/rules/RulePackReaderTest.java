package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader reads the bundled rules once and shares them with the books it reads later. */
class RulePackReaderTest {
  @TempDir Path dir;

  @Test
  void theBundledBookIsReadOncePerReader() throws Exception {
    RulePackReader reader = new RulePackReader();
    reader.warmUp();
    RuleBook book = reader.bundled();
    assertThat(reader.bundled()).isSameAs(book);
    assertThat(reader.read(List.of())).isSameAs(book);
    Files.writeString(dir.resolve("list.yml"), "list: snacks\nlang: en\nterms: [crisps]\n");
    RuleBook own = reader.read(List.of(dir));
    assertThat(own).isNotSameAs(book);
    assertThat(own.rules()).extracting(Rule::id)
        .containsExactlyElementsOf(book.rules().stream().map(Rule::id).toList());
    assertThat(own.terms().named("legal")).isEqualTo(book.terms().named("legal"));
    assertThat(own.terms().names()).contains("snacks");
    assertThat(new RulePackReader().bundled()).isNotSameAs(book);
  }
}
