package dev.hashvet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Words as ICU's break rules give them; the ASCII fast path gives exactly the same. */
class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> words(String text) {
    return tokenizer.words(text).stream().map(Token::word).toList();
  }

  @Test
  void keepsWordsWholeAndDropsPunctuation() {
    assertThat(words("don't stop: e.g. 3.14, 1,000 and a:b #tag @me a-b"))
        .containsExactly("don't", "stop", "e.g", "3.14", "1,000", "and", "a:b", "tag", "me", "a",
            "b");
    assertThat(words("foo_bar _1 ___ 90s '90s a.1 1.a 1;2 1:2"))
        .containsExactly("foo_bar", "_1", "___", "90s", "90s", "a", "1", "1", "a", "1;2", "1",
            "2");
    assertThat(words("天安门事件 and Ünïcödé")).contains("and", "ünïcödé".replace("ü", "Ü"));
  }

  @Test
  void splitsScriptsWrittenWithoutSpacesIntoDictionaryWords() {
    TextNormalizer normalizer = new TextNormalizer();
    // Thai, Lao, Khmer and Burmese through the same fold as every text.
    assertThat(words(normalizer.fold("ระเบิดที่กรุงเทพมีผู้เสียชีวิต")))
        .containsExactly("ระเบิด", "ที่", "กรุงเทพ", "มี", "ผู้", "เสีย", "ชีวิต");
    assertThat(words(normalizer.fold("ตำรวจกำจัดน้ำท่วม")))
        .as("SARA AM kept whole").containsExactly("ตำรวจ", "กำจัด", "น้ำ", "ท่วม");
    assertThat(words(normalizer.fold("ການກໍ່ການຮ້າຍໃນເມືອງ")))
        .containsExactly("ການກໍ່", "ການຮ້າຍ", "ໃນ", "ເມືອງ");
    assertThat(words(normalizer.fold("ការវាយប្រហារភេរវកម្ម")))
        .containsExactly("ការវាយប្រហារ", "ភេរវកម្ម");
    assertThat(words(normalizer.fold("ဗုံးပေါက်ကွဲမှုကြောင့်")))
        .containsExactly("ဗုံး", "ပေါက်ကွဲ", "မှု", "ကြောင့်");
  }

  @Test
  void theAsciiPathGivesWhatIcuGivesOnRandomTexts() {
    String alphabet = "aZb19_.,;:'- #@!?\n\t\"x0";
    Random random = new Random(7);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(tokenizer.asciiWords(text)).as("'%s'", text).isEqualTo(tokenizer.icuWords(text));
    }
  }

  @Test
  void theAsciiPathGivesWhatIcuGivesOnTheBundledTexts() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/rules"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
        lines.addAll(Files.readAllLines(f));
      }
    }
    Path examples = Path.of(System.getProperty("hashvet.root", "."), "examples");
    try (Stream<Path> files = Files.walk(examples)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        lines.addAll(Files.readAllLines(f));
      }
    }
    int ascii = 0;
    for (String line : lines) {
      if (line.chars().allMatch(c -> c < 0x80)) {
        ascii++;
        assertThat(tokenizer.asciiWords(line)).as(line).isEqualTo(tokenizer.icuWords(line));
      }
    }
    assertThat(ascii).isGreaterThan(2_000);
  }
}
