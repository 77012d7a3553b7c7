package dev.hashvet.kafka;

import dev.hashvet.HashvetException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The application's properties file: Kafka Streams' own settings (bootstrap.servers,
 * application.id, state.dir, ...) as they are, and hashvet's under {@code hashvet.}. An unknown
 * {@code hashvet.} key is an error. Exactly-once processing is the default.
 *
 * @param streams the Kafka Streams (and client) properties
 * @param topics the topic names
 * @param config the {@code .hashvet.yml} to read (regions, rules, allow list, brand), if any
 * @param regions markets for rows without {@code regions} ("US;IN"), or "" for the config's
 * @param languages languages for rows without {@code languages}, or "" for the config's
 * @param zone zone for local publish times without {@code timezone}, or ""
 * @param sweep how often posts past their publish time leave and the day-of re-check runs
 */
public record Settings(
    Properties streams,
    Topics topics,
    Optional<Path> config,
    String regions,
    String languages,
    String zone,
    Duration sweep) {
  private static final Set<String> KEYS = Set.of("hashvet.config", "hashvet.regions",
      "hashvet.languages", "hashvet.zone", "hashvet.sweep.seconds",
      "hashvet.topic.scheduled-posts", "hashvet.topic.context-events", "hashvet.topic.verdicts",
      "hashvet.topic.verdict-changes", "hashvet.topic.dead-letters", "hashvet.topic.post-tags",
      "hashvet.topic.revets");

  /** Reads a properties file (UTF-8). */
  public static Settings read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw HashvetException.input(file + ": cannot read the properties file: " + e.getMessage());
    }
    Path base = file.toAbsolutePath().getParent();
    return of(p, base);
  }

  /** Settings from properties; a relative {@code hashvet.config} is read against {@code base}. */
  public static Settings of(Properties p, Path base) {
    Properties streams = new Properties();
    streams.put(StreamsConfig.APPLICATION_ID_CONFIG, "hashvet");
    streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("hashvet.")) {
        if (!KEYS.contains(key)) {
          throw HashvetException.input("unknown setting " + key,
              "hashvet's settings are " + String.join(", ", KEYS.stream().sorted().toList()));
        }
      } else {
        streams.put(key, p.getProperty(key));
      }
    }
    if (!streams.containsKey(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)) {
      throw HashvetException.input("bootstrap.servers is missing: the Kafka cluster to use");
    }
    Topics d = Topics.DEFAULT;
    Topics topics = new Topics(
        p.getProperty("hashvet.topic.scheduled-posts", d.scheduledPosts()),
        p.getProperty("hashvet.topic.context-events", d.contextEvents()),
        p.getProperty("hashvet.topic.verdicts", d.verdicts()),
        p.getProperty("hashvet.topic.verdict-changes", d.verdictChanges()),
        p.getProperty("hashvet.topic.dead-letters", d.deadLetters()),
        p.getProperty("hashvet.topic.post-tags", d.postTags()),
        p.getProperty("hashvet.topic.revets", d.revets()));
    Optional<Path> config = Optional.ofNullable(p.getProperty("hashvet.config"))
        .filter(s -> !s.isBlank())
        .map(s -> base.resolve(s).normalize());
    long seconds;
    try {
      seconds = Long.parseLong(p.getProperty("hashvet.sweep.seconds", "60").strip());
    } catch (NumberFormatException e) {
      seconds = 0;
    }
    if (seconds < 1) {
      throw HashvetException.input("hashvet.sweep.seconds: a whole number of seconds, 1 or more");
    }
    return new Settings(streams, topics, config, p.getProperty("hashvet.regions", "").strip(),
        p.getProperty("hashvet.languages", "").strip(), p.getProperty("hashvet.zone", "").strip(),
        Duration.ofSeconds(seconds));
  }

  /** The topics the application reads, for a check that they exist. */
  public List<String> inputs() {
    return List.of(topics.scheduledPosts(), topics.contextEvents());
  }
}
