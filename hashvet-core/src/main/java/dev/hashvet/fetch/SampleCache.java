package dev.hashvet.fetch;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A short-lived cache of source answers, one file per source and query under {@code
 * <cache>/samples/}, so a batch or a repeated check within minutes does not ask again. Keyed by
 * source id, the source's settings and the query; only answers ({@code ok}, {@code empty}) are
 * kept, never failures; entries older than the time-to-live (by the injected clock) are ignored.
 * The files hold public posts only: no credentials are ever part of a result.
 */
final class SampleCache {
  private static final int VERSION = 1;

  private final Path dir;
  private final Duration ttl;
  private final Clock clock;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new SimpleModule()
              .addSerializer(LocalDate.class, ToStringSerializer.instance)
              .addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
                @Override
                protected LocalDate _deserialize(String value, DeserializationContext ctx) {
                  return LocalDate.parse(value);
                }
              }))
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** A stored answer and when it was stored (an ISO-8601 instant). */
  record Entry(int version, String storedAt, String source, String query, SourceResult result) {
    Instant stored() {
      return Instant.parse(storedAt);
    }
  }

  SampleCache(Path cacheDir, Duration ttl, Clock clock) {
    this.dir = cacheDir.resolve("samples");
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The fresh answer stored for this source, settings and query, if any. */
  Optional<Entry> get(String source, String settings, Query query) {
    Path f = file(source, settings, query);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      Entry e = json.readValue(f.toFile(), Entry.class);
      Instant now = clock.instant();
      boolean fresh = e.version() == VERSION
          && e.storedAt() != null
          && !e.stored().isAfter(now.plusSeconds(60))
          && e.stored().plus(ttl).isAfter(now)
          && e.result() != null
          && e.result().status().answered();
      return fresh ? Optional.of(e) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // A torn or foreign file is just a miss; the next answer replaces it.
      return Optional.empty();
    }
  }

  /** Stores an answer (failures are not stored); a write problem is returned as a warning. */
  Optional<String> put(String source, String settings, Query query, SourceResult result) {
    if (!result.status().answered()) {
      return Optional.empty();
    }
    Path f = file(source, settings, query);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".sample", ".tmp");
      try {
        json.writeValue(tmp.toFile(),
            new Entry(VERSION, clock.instant().toString(), source, query.label(), result));
        try {
          Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cache: cannot write " + f + ": " + e.getMessage());
    }
  }

  private Path file(String source, String settings, Query query) {
    String key = source + "\n" + settings + "\n" + query.tag() + "\n" + String.join(" ", query.words());
    return dir.resolve(source + "-" + sha256(key).substring(0, 32) + ".json");
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
