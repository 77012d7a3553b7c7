package dev.hashvet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled bundled YAML (binary images made by the build, see pom.xml) is the YAML: the same
 * tree, node type for node type, and the same line for every key and item; a compiled file that no
 * longer matches its YAML is ignored.
 */
class BundledYamlTest {
  private static final Path RESOURCES = Path.of("src/main/resources");

  private static List<String> bundledYamlFiles() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(RESOURCES)) {
      walk.filter(p -> p.toString().endsWith(".yml")).sorted()
          .forEach(p -> out.add("/" + RESOURCES.relativize(p).toString().replace('\\', '/')));
    }
    return out;
  }

  @Test
  void everyBundledFileHasACompiledFormEqualToItsYaml() throws IOException {
    List<String> files = bundledYamlFiles();
    assertThat(files).hasSizeGreaterThan(250);
    for (String path : files) {
      byte[] yaml = Files.readAllBytes(RESOURCES.resolve(path.substring(1)));
      YamlDoc parsed = YamlDoc.parse("(bundled)" + path, yaml);
      YamlDoc compiled = BundledYaml.read("(bundled)" + path, path, yaml);
      assertThat(compiled).as("compiled form of %s (run mvn process-classes)", path).isNotNull();
      assertThat(compiled.root()).as(path).isEqualTo(parsed.root());
      assertThat(compiled.lines()).as(path).isEqualTo(parsed.lines());
      for (String pointer : parsed.lines().keySet()) {
        assertThat(compiled.line(pointer)).as("%s %s", path, pointer)
            .isEqualTo(parsed.line(pointer));
      }
      assertThat(compiled.line("/no/such/key")).isEqualTo(parsed.line("/no/such/key"));
      assertThat(YamlDoc.resource(path).root()).as(path).isEqualTo(parsed.root());
    }
  }

  @Test
  void anImageReadsBackAsItsTree() {
    YamlDoc doc = YamlDoc.parse("(test)", String.join("\n",
        "text: plain", "int: 3", "long: 12345678901", "big: 123456789012345678901234567890",
        "double: 1.5", "yes: true", "no: false", "none: null", "list: [a, 'b', 3, [], {}]",
        "nested: {a: {b: [1, {c: d}]}, \"\": empty key, é: ü}").getBytes(StandardCharsets.UTF_8));
    byte[] image = TreeImage.tree(doc.root());
    assertThat(TreeImage.readTree(image, 0)).isEqualTo(doc.root());
    byte[] lines = TreeImage.lines(doc.lines());
    assertThat(TreeImage.readLines(lines, 0)).isEqualTo(doc.lines());
    doc.lines().forEach((pointer, line) ->
        assertThat(TreeImage.line(lines, 0, pointer)).as(pointer).isEqualTo(line));
    assertThat(TreeImage.line(lines, 0, "/nested/zz")).isZero();
  }

  @Test
  void aCompiledFormOfOtherBytesIsIgnored() throws IOException {
    String path = "/rules/legal.yml";
    byte[] edited;
    try (InputStream in = BundledYamlTest.class.getResourceAsStream(path)) {
      edited = (new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n# edited\n")
          .getBytes(StandardCharsets.UTF_8);
    }
    assertThat(BundledYaml.read("(bundled)" + path, path, edited)).isNull();
    assertThat(BundledYaml.read("(bundled)/nowhere.yml", "/nowhere.yml", edited)).isNull();
  }

  @Test
  void linesOfACompiledFileNameTheRightPlace() {
    YamlDoc doc = YamlDoc.resource("/rules/legal.yml");
    String line = lineOf("/rules/legal.yml", doc.line("/rules/0/id"));
    assertThat(line).contains("id:");
    assertThat(doc.where("/rules/0/id")).startsWith("(bundled)/rules/legal.yml:");
  }

  private static String lineOf(String path, int line) {
    try {
      return Files.readAllLines(RESOURCES.resolve(path.substring(1))).get(line - 1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
