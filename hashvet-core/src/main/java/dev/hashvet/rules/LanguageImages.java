package dev.hashvet.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** The build steps' one way of writing a folder of per-language images (forms, indexes). */
final class LanguageImages {
  private LanguageImages() {}

  /**
   * Replaces the folder {@code resource} (e.g. "/compiled/forms/") under the classes folder {@code
   * classes} with one file {@code <lang>.bin} per entry of {@code byLanguage}, written by {@code
   * write}.
   */
  static <T> void writeFolder(String classes, String resource, Map<String, T> byLanguage,
      Function<T, byte[]> write) throws IOException {
    Path folder = Path.of(classes, resource.substring(1));
    Files.createDirectories(folder);
    try (var old = Files.list(folder)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    for (Map.Entry<String, T> e : byLanguage.entrySet()) {
      Files.write(folder.resolve(e.getKey() + ".bin"), write.apply(e.getValue()));
    }
  }
}
