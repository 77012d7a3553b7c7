package dev.hashvet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The bundled YAML files (rule packs, term lists, observances, tone lexicons) compiled at build time
 * into JSON holding the tree and the line of every key and item, so that start-up reads them with
 * the JSON parser instead of parsing YAML twice (once for the tree, once for the lines): the YAML
 * parser was most of the start-up. Each compiled file names the checksum of its YAML; a compiled
 * file that does not match (a YAML file edited since the build) is ignored and the YAML parsed.
 *
 * <p>The build runs {@link #main} over {@code target/classes} (exec-maven-plugin, process-classes
 * phase): every {@code x.yml} gets {@code /compiled/x.yml.json}.
 */
public final class BundledYaml {
  /** Where the compiled files live on the classpath. */
  static final String FOLDER = "/compiled";

  private static final ObjectMapper JSON = new ObjectMapper();

  private BundledYaml() {}

  /**
   * The compiled form of the bundled resource {@code path} whose bytes are {@code yaml}, or null
   * when there is none or it was compiled from other bytes.
   */
  static YamlDoc read(String name, String path, byte[] yaml) {
    try (InputStream in = BundledYaml.class.getResourceAsStream(FOLDER + path + ".json")) {
      if (in == null) {
        return null;
      }
      JsonNode compiled = JSON.readTree(in);
      if (compiled.path("crc").asLong(-1) != crc(yaml)) {
        return null;
      }
      JsonNode lineNodes = compiled.path("lines");
      Map<String, Integer> lines = new HashMap<>(lineNodes.size() * 4 / 3 + 1);
      for (Iterator<Map.Entry<String, JsonNode>> it = lineNodes.fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        lines.put(e.getKey(), e.getValue().asInt());
      }
      return YamlDoc.compiled(name, compiled.path("root"), lines);
    } catch (IOException e) {
      return null;
    }
  }

  /** The compiled form of {@code doc}: its tree, its lines and the checksum of {@code yaml}. */
  static ObjectNode compile(YamlDoc doc, byte[] yaml) {
    ObjectNode out = JSON.createObjectNode();
    out.put("crc", crc(yaml));
    out.set("root", doc.root().isMissingNode() ? out.nullNode() : doc.root());
    ObjectNode lines = out.putObject("lines");
    doc.lines().forEach(lines::put);
    return out;
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  /**
   * Build step: compiles every {@code .yml} file under the classes folder {@code args[0]} into
   * {@code args[0]/compiled/}. A YAML error fails the build, naming the file and line.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      walk.filter(p -> p.toString().endsWith(".yml"))
          .filter(p -> !p.startsWith(classes.resolve(FOLDER.substring(1))))
          .sorted()
          .forEach(files::add);
    }
    for (Path file : files) {
      String path = "/" + classes.relativize(file).toString().replace('\\', '/');
      byte[] yaml = Files.readAllBytes(file);
      YamlDoc doc = YamlDoc.parse("(bundled)" + path, yaml);
      Path out = classes.resolve(FOLDER.substring(1) + path + ".json");
      Files.createDirectories(out.getParent());
      try {
        JSON.writeValue(out.toFile(), compile(doc, yaml));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out, e);
      }
    }
  }
}
