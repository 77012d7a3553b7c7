package dev.hashvet.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Throughput of the application: posts vetted per second, new and re-vetted after a context
 * event, through the topology test driver (one thread, no broker) and through a local single-node
 * broker (exactly-once, one stream thread). Run by bench/kafka.sh:
 * {@code KafkaBench [POSTS] [TAGS]} (default 2000 posts over 20 tags).
 */
public final class KafkaBench {
  private KafkaBench() {}

  static String post(int i, int tags) {
    String tag = i % tags == 0 ? "notguilty" : "spring" + (i % tags) + "sale";
    return "{\"text\": \"Fresh picks for the weekend, post " + i + " #" + tag + "\","
        + " \"publish_at\": \"2011-07-05T15:00:00-04:00\", \"regions\": \"US\"}";
  }

  static String tag(int k) {
    return k == 0 ? "notguilty" : "spring" + k + "sale";
  }

  public static void main(String[] args) throws Exception {
    int posts = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int tags = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String sample = VetTopologyTest.sample("notguilty-verdict-2011.jsonl");
    Path tmp = Files.createTempDirectory("hashvet-kafka-bench");
    driver(posts, tags, sample, tmp.resolve("driver"));
    broker(posts, tags, sample, tmp);
  }

  static void driver(int posts, int tags, String sample, Path state) throws Exception {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "hashvet-bench");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    Topics t = Topics.DEFAULT;
    try (TopologyTestDriver d = new TopologyTestDriver(
        VetTopology.build(t, VetTopologyTest.VETTER, Duration.ofHours(1)), p,
        VetTopologyTest.MONDAY)) {
      StringSerializer ser = new StringSerializer();
      TestInputTopic<String, String> in = d.createInputTopic(t.scheduledPosts(), ser, ser);
      TestInputTopic<String, String> ctx = d.createInputTopic(t.contextEvents(), ser, ser);
      TestOutputTopic<String, String> out =
          d.createOutputTopic(t.verdicts(), new StringDeserializer(), new StringDeserializer());
      // Warm-up: the JIT and the tag readings' cache, on other ids.
      for (int i = 0; i < Math.min(200, posts); i++) {
        in.pipeInput("warm" + i, post(i, tags));
      }
      out.readValuesToList();
      long t0 = System.nanoTime();
      for (int i = 0; i < posts; i++) {
        in.pipeInput("p" + i, post(i, tags));
      }
      long n = out.readValuesToList().size();
      report("driver", "new posts", n, System.nanoTime() - t0);
      t0 = System.nanoTime();
      for (int k = 0; k < tags; k++) {
        ctx.pipeInput(tag(k), sample);
      }
      n = out.readValuesToList().size();
      report("driver", "re-vets after " + tags + " context events", n, System.nanoTime() - t0);
    }
  }

  static void broker(int posts, int tags, String sample, Path dir) throws Exception {
    Files.createDirectories(dir.resolve("broker"));
    try (LocalBroker broker = LocalBroker.start(dir.resolve("broker"), Duration.ofSeconds(90))) {
      broker.createTopics(2, "scheduled-posts", "context-events");
      Properties p = new Properties();
      p.put("bootstrap.servers", broker.bootstrap());
      p.put("application.id", "hashvet-bench");
      p.put("state.dir", dir.resolve("state").toString());
      p.put("hashvet.sweep.seconds", "3600");
      Settings settings = Settings.of(p, dir);
      KafkaApp.createTopics(settings);
      Clock clock = Clock.fixed(Instant.parse("2011-07-01T12:00:00Z"), ZoneOffset.UTC);
      try (KafkaStreams streams = KafkaApp.start(settings, clock);
          KafkaProducer<String, String> producer = BrokerTest.producer(broker);
          KafkaConsumer<String, String> verdicts = BrokerTest.consumer(broker, "verdicts")) {
        producer.send(new ProducerRecord<>("scheduled-posts", "warm", post(1, tags))).get();
        await(verdicts, 1, Duration.ofSeconds(120));
        long t0 = System.nanoTime();
        for (int i = 0; i < posts; i++) {
          producer.send(new ProducerRecord<>("scheduled-posts", "p" + i, post(i, tags)));
        }
        producer.flush();
        long n = await(verdicts, posts, Duration.ofMinutes(10));
        report("broker", "new posts", n, System.nanoTime() - t0);
        t0 = System.nanoTime();
        for (int k = 0; k < tags; k++) {
          producer.send(new ProducerRecord<>("context-events", tag(k), sample));
        }
        producer.flush();
        // Every post plus the warm-up post (it uses one of the tags).
        n = await(verdicts, posts + 1, Duration.ofMinutes(10));
        report("broker", "re-vets after " + tags + " context events", n, System.nanoTime() - t0);
      }
    }
  }

  static long await(KafkaConsumer<String, String> c, int count, Duration timeout) {
    long n = 0;
    long end = System.nanoTime() + timeout.toNanos();
    while (n < count && System.nanoTime() < end) {
      n += c.poll(Duration.ofMillis(200)).count();
    }
    return n;
  }

  static void report(String where, String what, long n, long nanos) {
    System.out.printf(Locale.ROOT, "%-7s %-34s %6d verdicts in %6.2f s: %7.1f posts/s%n", where,
        what, n, nanos / 1e9, n / (nanos / 1e9));
  }
}
