package dev.hashvet.kafka;

import dev.hashvet.HashvetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * The Kafka Streams application: {@code java -jar hashvet-kafka.jar app.properties}. Checks that
 * the input topics exist, creates the two topics between the halves of the topology (as many
 * partitions as scheduled-posts) and the output topics when missing, and runs until stopped.
 */
public final class KafkaApp {
  private KafkaApp() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java -jar hashvet-kafka.jar app.properties");
      System.exit(2);
    }
    KafkaStreams streams;
    try {
      Settings settings = Settings.read(Path.of(args[0]));
      createTopics(settings);
      streams = start(settings, Clock.systemUTC());
    } catch (HashvetException e) {
      System.err.println("hashvet-kafka: " + e.getMessage());
      System.exit(e.exitCode());
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close();
      stopped.countDown();
    }, "hashvet-kafka-stop"));
    stopped.await();
  }

  /** Builds the topology, starts it and returns the running application. */
  public static KafkaStreams start(Settings settings, Clock clock) {
    return start(settings, PostVetter.of(settings, clock));
  }

  /** Starts the application around a vetter already loaded. */
  public static KafkaStreams start(Settings settings, PostVetter vetter) {
    KafkaStreams streams = new KafkaStreams(
        VetTopology.build(settings.topics(), vetter, settings.sweep()), settings.streams());
    // A record the code cannot handle goes to the dead letters; anything else stops the client,
    // and exactly-once processing resumes from the last commit on the next start.
    streams.setUncaughtExceptionHandler(e ->
        StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    streams.start();
    return streams;
  }

  /**
   * Creates the topics the application writes and passes between its halves, with the partition
   * count of scheduled-posts; the input topics must exist (they are the producers' to create).
   */
  public static void createTopics(Settings settings) throws InterruptedException {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        settings.streams().get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
    for (String k : settings.streams().stringPropertyNames()) {
      if (k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.")) {
        p.put(k, settings.streams().getProperty(k));
      }
    }
    Topics t = settings.topics();
    try (Admin admin = Admin.create(p)) {
      Set<String> existing = admin.listTopics().names().get();
      for (String in : settings.inputs()) {
        if (!existing.contains(in)) {
          throw HashvetException.input("topic " + in + " does not exist: create it with the"
              + " same number of partitions as the other input (docs/scale.md)");
        }
      }
      Map<String, TopicDescription> inputs =
          admin.describeTopics(settings.inputs()).allTopicNames().get();
      int posts = inputs.get(t.scheduledPosts()).partitions().size();
      int context = inputs.get(t.contextEvents()).partitions().size();
      if (posts != context) {
        throw HashvetException.input(t.scheduledPosts() + " has " + posts + " partitions and "
            + t.contextEvents() + " " + context + ": they must have the same number");
      }
      List<NewTopic> missing = new ArrayList<>();
      for (String name : List.of(t.postTags(), t.revets(), t.verdicts(), t.verdictChanges(),
          t.deadLetters())) {
        if (!existing.contains(name)) {
          missing.add(new NewTopic(name, Optional.of(posts), Optional.empty()));
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
      }
    } catch (ExecutionException e) {
      throw new HashvetException(HashvetException.COULD_NOT_VET,
          "cannot reach the Kafka cluster: " + e.getCause().getMessage(), "", e.getCause());
    }
  }
}
