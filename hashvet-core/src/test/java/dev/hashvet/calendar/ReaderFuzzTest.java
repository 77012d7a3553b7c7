package dev.hashvet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.HashvetException;
import dev.hashvet.TestBooks;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.fetch.SampleFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of every reader: calendars (CSV, JSON, YAML), sample JSON Lines, config and rule
 * packs get mangled inputs; only a {@link HashvetException} (bad input) may come out, and a CSV
 * calendar answers every physical row. The test runs a fast slice; {@code bench/fuzz.sh} runs the
 * same with {@code -Dhashvet.fuzz.iterations} in the thousands and another seed.
 */
class ReaderFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("hashvet.fuzz.iterations", 150);
  private static final long SEED = Long.getLong("hashvet.fuzz.seed", 14L);

  private static final String[] PIECES = {
    ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", " ", "#notguilty", "text", "publish_at",
    "2027-06-01", "0000-01-01", "-0001-06-01", "+999999999-01-01", "2027-13-45", "&a", "*a", "- ",
    ": ", "[", "]", "{", "}", "null", "1e308", "-1", "NaN", "\u202e", "\u0000", "\uFEFF", "é",
    "\uD83D\uDE00", "\uD800", "regions", "US", "enabled: maybe", "instances: x", "\\", "'",
  };

  @TempDir Path dir;

  private final Random random = new Random(SEED);

  private String noise(int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private byte[] bytes(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > 0 && random.nextInt(8) == 0) {
      b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(0x80));
    }
    return b;
  }

  /** Reads every entry; only bad input may be thrown. */
  private static List<Entry> readAll(CalendarFormat format, byte[] in) {
    List<Entry> out = new ArrayList<>();
    try (CalendarReader r = format.reader("fuzz", new ByteArrayInputStream(in))) {
      for (Entry e = r.next(); e != null; e = r.next()) {
        out.add(e);
        assertThat(out.size()).isLessThan(100_000);
      }
    } catch (IOException | HashvetException e) {
      // a clean failure
    }
    return out;
  }

  @Test
  void csvAnswersEveryPhysicalRow() {
    for (int i = 0; i < ITERATIONS; i++) {
      int rows = 1 + random.nextInt(12);
      StringBuilder csv = new StringBuilder("text,publish_at\n");
      for (int r = 0; r < rows; r++) {
        String text = noise(1 + random.nextInt(4)).replaceAll("[\\r\\n]", " ");
        if (random.nextBoolean()) {
          text = text.replace("\"", "");
        }
        csv.append(text.isBlank() ? "x" : text).append(",2027-06-0").append(1 + r % 9)
            .append('\n');
      }
      String in = csv.toString();
      List<Entry> out = readAll(CalendarFormat.CSV, bytes(in));
      assertThat(out).as(in).isNotEmpty();
      for (Entry e : out) {
        assertThat(e).isInstanceOfAny(RawRow.class, BadRow.class);
      }
      if (!in.contains("\"")) {
        assertThat(out).as(in).hasSizeGreaterThanOrEqualTo(1).hasSizeLessThanOrEqualTo(rows);
      }
    }
  }

  @Test
  void csvWithAQuoteOpenedOverRowsLosesNone() {
    for (int i = 0; i < ITERATIONS; i++) {
      int rows = 3 + random.nextInt(8);
      int open = random.nextInt(rows - 2);
      StringBuilder csv = new StringBuilder("text,publish_at\n");
      for (int r = 0; r < rows; r++) {
        csv.append(r == open ? "\"" : "").append("post ").append(r).append(",2027-06-0")
            .append(1 + r % 9).append('\n');
      }
      List<Entry> out = readAll(CalendarFormat.CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(out).as(csv.toString()).hasSize(rows);
    }
  }

  @Test
  void treeCalendarsFailCleanly() {
    for (int i = 0; i < ITERATIONS; i++) {
      String doc = random.nextBoolean()
          ? "- text: " + noise(3) + "\n  publish_at: " + noise(2) + "\n" + noise(6)
          : "[{\"text\": \"" + noise(3) + "\", \"publish_at\": " + noise(2) + "}" + noise(4);
      readAll(CalendarFormat.YAML, bytes(doc));
      readAll(CalendarFormat.JSON, bytes(doc));
    }
  }

  @Test
  void samplesConfigsAndRulePacksFailCleanly() throws IOException {
    Path sample = dir.resolve("s.jsonl");
    Path config = dir.resolve("c.yml");
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Path pack = rules.resolve("p.yml");
    for (int i = 0; i < ITERATIONS / 3; i++) {
      Files.write(sample, bytes("{\"text\": \"a #x\", \"reposts\": " + noise(1) + "}\n"
          + noise(5) + "\n{\"text\": \"" + noise(2) + "\", \"likes\": " + noise(1) + "}\n"));
      Files.write(config, bytes("regions: " + noise(2) + "\nsources:\n  mastodon: {"
          + noise(3) + "}\n" + noise(3)));
      Files.write(pack, bytes("pack: p\ndescription: " + noise(2) + "\nrules:\n  - id: x.y\n"
          + "    category: disaster\n    severity: " + noise(1) + "\n    match: {pattern: {regex: \""
          + noise(2) + "\"}}\n" + noise(3)));
      clean(() -> new SampleFile().read(sample));
      clean(() -> new ConfigLoader().read(config));
      clean(() -> TestBooks.own(List.of(rules)));
    }
  }

  private static void clean(Runnable r) {
    try {
      r.run();
    } catch (HashvetException e) {
      assertThat(e.exitCode()).isEqualTo(HashvetException.BAD_INPUT);
      assertThat(e.getMessage()).doesNotContain("com.fasterxml").doesNotContain("Exception");
    }
  }
}
