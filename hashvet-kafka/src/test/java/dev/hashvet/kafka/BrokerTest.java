package dev.hashvet.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
    try (LocalBroker broker = LocalBroker.start(dir.resolve("broker"), Duration.ofSeconds(60))) {
      broker.createTopics(2, "scheduled-posts", "context-events");
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
      Clock clock = Clock.fixed(Instant.parse("2011-07-01T12:00:00Z"), ZoneOffset.UTC);
      try (KafkaStreams streams = KafkaApp.start(settings, clock);
          KafkaProducer<String, String> producer = producer(broker);
          KafkaConsumer<String, String> verdicts = consumer(broker, "verdicts");
          KafkaConsumer<String, String> changes = consumer(broker, "verdict-changes")) {
        producer.send(new ProducerRecord<>("scheduled-posts", "p1", VetTopologyTest.TWEET)).get();
        JsonNode first = next(verdicts, Duration.ofSeconds(60)).get(0);
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
      }
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
