package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.text.Sanitizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one control set ({@link Sanitizer#isControl}) never reaches any output format raw, nor
 * standard error: each character is fed through check and calendar in every {@code --format}.
 */
class ControlSetTest {
  /** One of each kind: C0, DEL, C1 (CSI and NEL), bidi, marks, separators, non-characters. */
  static final int[] CONTROLS = {
    0x00, 0x07, 0x0B, 0x0D, 0x1B, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0x061C, 0x200E, 0x200F, 0x2028,
    0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFFFE, 0xFFFF
  };

  @TempDir Path dir;

  @TestFactory
  List<DynamicTest> noFormatCarriesAControlCharacter() {
    StringBuilder all = new StringBuilder();
    for (int cp : CONTROLS) {
      all.appendCodePoint(cp).append(cp % 2 == 0 ? " " : "x");
    }
    String c = all.toString();
    String post = "Hurricane " + c + " sale \u001B[31mred\u001B]0;title\u0007 #deal " + c;
    List<DynamicTest> tests = new ArrayList<>();
    for (OutputOptions.Format f : OutputOptions.Format.values()) {
      tests.add(DynamicTest.dynamicTest("check --format " + f, () -> {
        CliRun r = CliRun.run(dir, "", Map.of(), "check", "--offline", "--region", "US",
            "--at", "2026-07-04", "--format", f.name(), post);
        assertThat(r.code()).as(r.err()).isLessThan(2);
        assertClean(r.out(), f);
        assertClean(r.err(), f);
      }));
      tests.add(DynamicTest.dynamicTest("calendar --format " + f, () -> {
        Path csv = dir.resolve("plan.csv");
        Files.writeString(csv, "id,publish_at,text\n\"r" + c + "1\",2026-07-04,\"" + post
            + "\"\nr2,2026-07-0" + c + "4,bad date\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run(dir, "", Map.of(), "calendar", "--offline", "--format", f.name(),
            csv.toString());
        assertClean(r.out(), f);
        assertClean(r.err(), f);
      }));
    }
    tests.add(DynamicTest.dynamicTest("an error message", () -> {
      CliRun r = CliRun.run(dir, "", Map.of(), "check", "--offline", "--at", "2026" + c, "x");
      assertThat(r.code()).isEqualTo(2);
      assertClean(r.err(), OutputOptions.Format.text);
    }));
    return tests;
  }

  private static void assertClean(String s, OutputOptions.Format f) {
    s.codePoints().forEach(cp -> {
      if (cp != '\n' && cp != '\t') {
        assertThat(Sanitizer.isControl(cp))
            .as("%s output holds U+%04X: %s", f, cp, s)
            .isFalse();
      }
    });
  }
}
