package dev.hashvet.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a real single-node KRaft broker started from the Maven artifacts: the
 * application created from a properties file, exactly-once, a post vetted and flipped by a
 * context event, read back from the output topics with read_committed.
 */
class BrokerTest {
  @TempDir Path dir;

  @Test
  @Timeout(120)
  void aPostIsVettedAndFlippedThroughARealBroker() throws Exception {
    Files.createDirectories(dir.resolve("broker"));
    long t0 = System.nanoTime();
    // The rules and word models load while the broker starts.
    CompletableFuture<PostVetter> vetter =
        CompletableFuture.supplyAsync(() -> VetTopologyTest.VETTER);
    try (LocalBroker broker = LocalBroker.start(dir.resolve("broker"), Duration.ofSeconds(60))) {
      System.err.printf("broker up %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      broker.createTopics(1, "scheduled-posts", "context-events");
      Properties p = new Properties();
      p.put("bootstrap.servers", broker.bootstrap());
      p.put("application.id", "hashvet-broker-test");
      p.put("state.dir", dir.resolve("state").toString());
      p.put("commit.interval.ms", "100");
      p.put("hashvet.regions", "US");
      // The 2011 post is past on the wall clock: no sweep during the test.
      p.put("hashvet.sweep.seconds", "3600");
      Settings settings = Settings.of(p, dir);
      assertThat(settings.streams().get("processing.guarantee")).isEqualTo("exactly_once_v2");
      KafkaApp.createTopics(settings);
      try (KafkaStreams streams = KafkaApp.start(settings, vetter.join());
          KafkaProducer<String, String> producer = producer(broker);
          KafkaConsumer<String, String> verdicts = consumer(broker, "verdicts");
          KafkaConsumer<String, String> changes = consumer(broker, "verdict-changes")) {
        producer.send(new ProducerRecord<>("scheduled-posts", "p1", VetTopologyTest.TWEET)).get();
        System.err.printf("sent %d ms, %s%n", (System.nanoTime() - t0) / 1_000_000,
            streams.state());
        JsonNode first = next(verdicts, Duration.ofSeconds(60)).get(0);
        System.err.printf("first verdict %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(first.path("id").asText()).isEqualTo("p1");
        assertThat(first.path("change").path("cause").asText()).isEqualTo("new post");

        producer.send(new ProducerRecord<>("context-events", "notguilty",
            VetTopologyTest.sample("notguilty-verdict-2011.jsonl"))).get();
        JsonNode flipped = next(verdicts, Duration.ofSeconds(30)).get(0);
        assertThat(flipped.path("verdict").asText()).isEqualTo("BLOCK");
        JsonNode alert = next(changes, Duration.ofSeconds(30)).get(0);
        assertThat(alert.path("previous").asText()).isEqualTo(first.path("verdict").asText());
        assertThat(alert.path("verdict").asText()).isEqualTo("BLOCK");
        assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        System.err.printf("flipped %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      }
      System.err.printf("streams closed %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }
  }

  static KafkaProducer<String, String> producer(LocalBroker broker) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(p);
  }

  static KafkaConsumer<String, String> consumer(LocalBroker broker, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    KafkaConsumer<String, String> c = new KafkaConsumer<>(p);
    c.subscribe(List.of(topic));
    return c;
  }

  /** The next records (at least one) within {@code timeout}, as JSON. */
  static List<JsonNode> next(KafkaConsumer<String, String> c, Duration timeout) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    long end = System.nanoTime() + timeout.toNanos();
    while (out.isEmpty() && System.nanoTime() < end) {
      for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
        out.add(json.readTree(r.value()));
      }
    }
    assertThat(out).as("records within " + timeout).isNotEmpty();
    return out;
  }
}
