package dev.hashvet;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The bundled YAML files (rule packs, term lists, observances, tone lexicons) compiled at build time
 * into one binary image of their trees ({@link TreeImage}), read in one go on first use, and one of
 * their line maps, read only when a message needs a line. Start-up then runs no parser at all and
 * opens two resources instead of two per file (parsing the YAML was most of the start-up; parsing
 * JSON compiled from it, lines included, and opening a thousand resources was most of what was
 * left).
 *
 * <p>Each compiled tree names the checksum of its YAML. Read from a folder of classes (an IDE, a
 * test run), a compiled tree that does not match its YAML (edited since the build) is ignored
 * and the YAML parsed; inside the jar, the YAML and the images come from one build, and the
 * YAML is not read at all.
 *
 * <p>The build runs {@link #main} over {@code target/classes} (exec-maven-plugin, process-classes
 * phase): {@code /compiled/trees.bin} and {@code /compiled/lines.bin}.
 */
public final class BundledYaml {
  /** Where the compiled files live on the classpath. */
  static final String FOLDER = "/compiled";

  private static final String TREES = FOLDER + "/trees.bin";
  private static final String LINES = FOLDER + "/lines.bin";

  private BundledYaml() {}

  /** The trees image, read on first use, and where each file's tree starts in it. */
  private static final class Trees {
    static final Bundle BUNDLE = Bundle.read(TREES);
  }

  /** The lines image, read the first time a line is asked for, then searched in place. */
  private static final class Lines {
    static final Bundle BUNDLE = Bundle.read(LINES);
  }

  /**
   * An image of several files: the number of files, then each as its path, its checksum (8 bytes),
   * the length of its part (4 bytes) and its part.
   */
  private record Bundle(byte[] bytes, Map<String, long[]> parts, boolean inJar) {
    static final Bundle NONE = new Bundle(new byte[0], Map.of(), false);

    static Bundle read(String resource) {
      java.net.URL url = BundledYaml.class.getResource(resource);
      if (url == null) {
        return NONE;
      }
      try (InputStream in = url.openStream()) {
        byte[] bytes = in.readAllBytes();
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int n = b.getInt();
        Map<String, long[]> parts = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
          byte[] path = new byte[b.getShort() & 0xffff];
          b.get(path);
          long crc = b.getLong();
          int len = b.getInt();
          parts.put(new String(path, StandardCharsets.UTF_8), new long[] {crc, b.position()});
          b.position(b.position() + len);
        }
        return new Bundle(bytes, parts, "jar".equals(url.getProtocol()));
      } catch (IOException | RuntimeException e) {
        return NONE;
      }
    }
  }

  /**
   * The compiled form of the bundled resource {@code path}, or null when there is none or it was
   * compiled from YAML other than the bytes {@code yaml} supplies (not asked inside the jar).
   */
  static YamlDoc read(String name, String path, Supplier<byte[]> yaml) {
    Bundle trees = Trees.BUNDLE;
    long[] part = trees.parts().get(path);
    if (part == null || !trees.inJar() && part[0] != crc(yaml.get())) {
      return null;
    }
    JsonNode root = TreeImage.readTree(trees.bytes(), (int) part[1]);
    return YamlDoc.compiled(name, root, new YamlDoc.CompiledLines() {
      @Override
      public int line(String pointer) {
        Bundle lines = Lines.BUNDLE;
        long[] at = lines.parts().get(path);
        return at == null ? 0 : TreeImage.line(lines.bytes(), (int) at[1], pointer);
      }

      @Override
      public Map<String, Integer> all() {
        Bundle lines = Lines.BUNDLE;
        long[] at = lines.parts().get(path);
        return at == null ? Map.of() : TreeImage.readLines(lines.bytes(), (int) at[1]);
      }
    });
  }

  /** The compiled form of {@code path}, whose bytes are {@code yaml}, or null (tests). */
  static YamlDoc read(String name, String path, byte[] yaml) {
    Bundle trees = Trees.BUNDLE;
    long[] part = trees.parts().get(path);
    if (part == null || part[0] != crc(yaml)) {
      return null;
    }
    return read(name, path, () -> yaml);
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
    Path folder = classes.resolve(FOLDER.substring(1));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      walk.filter(p -> p.toString().endsWith(".yml"))
          .filter(p -> !p.startsWith(folder))
          .sorted()
          .forEach(files::add);
    }
    ByteArrayOutputStream trees = new ByteArrayOutputStream();
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    DataOutputStream treesOut = new DataOutputStream(trees);
    DataOutputStream linesOut = new DataOutputStream(lines);
    treesOut.writeInt(files.size());
    linesOut.writeInt(files.size());
    for (Path file : files) {
      String path = "/" + classes.relativize(file).toString().replace('\\', '/');
      byte[] yaml = Files.readAllBytes(file);
      YamlDoc doc = YamlDoc.parse("(bundled)" + path, yaml);
      part(treesOut, path, crc(yaml), TreeImage.tree(doc.root()));
      part(linesOut, path, crc(yaml), TreeImage.lines(doc.lines()));
    }
    Files.createDirectories(folder);
    try (Stream<Path> walk = Files.walk(folder)) {
      // The compiled files of earlier builds, one per YAML file, before the images.
      for (Path old : walk.filter(p -> p.toString().endsWith(".yml.json")).toList()) {
        Files.delete(old);
      }
    }
    Files.write(classes.resolve(TREES.substring(1)), trees.toByteArray());
    Files.write(classes.resolve(LINES.substring(1)), lines.toByteArray());
  }

  private static void part(DataOutputStream out, String path, long crc, byte[] bytes)
      throws IOException {
    byte[] name = path.getBytes(StandardCharsets.UTF_8);
    out.writeShort(name.length);
    out.write(name);
    out.writeLong(crc);
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
