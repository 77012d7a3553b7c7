package dev.hashvet.garm;

import dev.hashvet.YamlDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled industry presets ({@code /garm/industries/NAME.yml}, listed in its index.txt): a
 * brand profile in the config's own form ({@code brand:} and {@code suitability:}), with comments
 * that {@code hashvet init --industry NAME} copies into the starter config.
 */
public final class Industries {
  private static final String FOLDER = "/garm/industries/";
  private static final Set<String> PRESET_KEYS = Set.of("brand", "suitability");

  private Industries() {}

  /** The preset names, in index order. */
  public static List<String> names() {
    return YamlDoc.index(FOLDER + "index.txt").stream()
        .map(f -> f.replaceFirst("\\.yml$", ""))
        .toList();
  }

  /** The suitability of preset {@code name} (one of {@link #names}). */
  public static Suitability suitability(String name) {
    YamlDoc doc = YamlDoc.resource(FOLDER + name + ".yml");
    doc.checkKeys("", PRESET_KEYS);
    String industry = doc.root().path("brand").path("industry").asText("");
    if (!industry.equals(name)) {
      throw doc.error("/brand/industry", "a preset must name its own industry '" + name + "'");
    }
    return ProfileReader.suitability(doc);
  }

  /** The YAML text of preset {@code name}, if there is one: what init writes. */
  public static Optional<String> text(String name) {
    if (!names().contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = Industries.class.getResourceAsStream(FOLDER + name + ".yml")) {
      if (in == null) {
        throw new IllegalStateException("missing bundled preset " + name);
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first comment line of preset {@code name}: what it is for. */
  public static String description(String name) {
    return text(name).flatMap(t -> t.lines().filter(l -> l.startsWith("#")).findFirst())
        .map(l -> l.replaceFirst("^#\\s*", ""))
        .orElse("");
  }
}
