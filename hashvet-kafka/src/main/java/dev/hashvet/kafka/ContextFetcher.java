package dev.hashvet.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.HashvetException;
import dev.hashvet.config.Config;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.fetch.ContextProvider;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.fetch.Query;
import dev.hashvet.fetch.RecordingContextProvider;
import dev.hashvet.fetch.SampleFile;
import dev.hashvet.text.TagSegmenter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The fetcher job: {@code java -cp hashvet-kafka.jar dev.hashvet.kafka.ContextFetcher
 * app.properties}. Reads post-tags from the start to learn which tags scheduled posts use now,
 * samples each tag once through the core's live sources (the config's {@code sources:}, their
 * rate limits, retries and deadline, one tag after another) and produces what answered to
 * context-events in the sample-file format. One pass per run: schedule it (cron, a Kubernetes
 * CronJob) at the pace the sources allow, e.g. every 10 minutes.
 */
public final class ContextFetcher {
  private final ContextProvider provider;
  private final Clock clock;
  private final TagSegmenter segmenter;

  public ContextFetcher(ContextProvider provider, Clock clock, TagSegmenter segmenter) {
    this.provider = provider;
    this.clock = clock;
    this.segmenter = segmenter;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java -cp hashvet-kafka.jar dev.hashvet.kafka.ContextFetcher"
          + " app.properties");
      System.exit(2);
    }
    try {
      Settings s = Settings.read(Path.of(args[0]));
      Config config = s.config().map(p -> new ConfigLoader().read(p)).orElse(Config.DEFAULT);
      Clock clock = Clock.systemUTC();
      LiveContextProvider.Builder b = LiveContextProvider.builder(config, System.getenv(), clock)
          .userAgent(LiveContextProvider.userAgent("kafka"))
          .timeout(LiveContextProvider.DEFAULT_TIMEOUT);
      LiveContextProvider.defaultCacheDir(System.getenv()).ifPresent(b::cacheDir);
      try (LiveContextProvider live = b.build()) {
        Set<String> tags = activeTags(readPostTags(s));
        Map<String, String> samples =
            new ContextFetcher(live, clock, new TagSegmenter()).fetch(tags);
        produce(s, samples);
        System.err.println("hashvet-kafka fetcher: " + tags.size() + " tags, "
            + samples.size() + " samples sent to " + s.topics().contextEvents());
      }
    } catch (HashvetException e) {
      System.err.println("hashvet-kafka fetcher: " + e.getMessage());
      System.exit(e.exitCode());
    }
  }

  /**
   * The tags that scheduled posts use now, from the post-tags messages in order (a post adds a tag
   * when it arrives and removes it when it is published, cancelled or edited away).
   */
  public static Set<String> activeTags(List<Map.Entry<String, String>> messages) {
    Map<String, Set<String>> posts = new TreeMap<>();
    for (Map.Entry<String, String> m : messages) {
      Optional<JsonNode> msg = Messages.parse(m.getValue());
      if (m.getKey() == null || msg.isEmpty()) {
        continue;
      }
      String post = msg.get().path("post").asText("");
      Set<String> users = posts.computeIfAbsent(m.getKey(), k -> new TreeSet<>());
      if (msg.get().path("op").asText("").equals("remove")) {
        users.remove(post);
      } else {
        users.add(post);
      }
    }
    Set<String> out = new TreeSet<>();
    posts.forEach((tag, users) -> {
      if (!users.isEmpty()) {
        out.add(tag);
      }
    });
    return out;
  }

  /**
   * One sample a tag, in the sample-file format, for the tags some source answered for with posts
   * (a tag nobody answered for keeps its last context).
   */
  public Map<String, String> fetch(Set<String> tags) {
    Map<String, String> out = new TreeMap<>();
    for (String tag : tags) {
      RecordingContextProvider recorder = new RecordingContextProvider(provider);
      FetchedContext got = recorder.fetch(
          new Query(tag, segmenter.read(tag).best().words(), clock.instant()));
      if (!got.anyAnswered() || got.posts().isEmpty()) {
        continue;
      }
      StringWriter w = new StringWriter();
      try {
        new SampleFile().write(recorder.samples(clock.instant().toString()), w);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.put(tag, w.toString());
    }
    return out;
  }

  private static List<Map.Entry<String, String>> readPostTags(Settings s) {
    Properties p = clientProperties(s);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<Map.Entry<String, String>> out = new ArrayList<>();
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> parts = new ArrayList<>();
      c.partitionsFor(s.topics().postTags()).forEach(
          i -> parts.add(new TopicPartition(i.topic(), i.partition())));
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(parts));
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofSeconds(1))) {
          out.add(Map.entry(r.key() == null ? "" : r.key(), r.value() == null ? "" : r.value()));
        }
      }
    }
    return out;
  }

  private static void produce(Settings s, Map<String, String> samples) {
    Properties p = clientProperties(s);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      samples.forEach((tag, sample) ->
          producer.send(new ProducerRecord<>(s.topics().contextEvents(), tag, sample)));
      producer.flush();
    }
  }

  private static Properties clientProperties(Settings s) {
    Properties p = new Properties();
    for (String k : s.streams().stringPropertyNames()) {
      if (k.equals(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG) || k.startsWith("security.")
          || k.startsWith("sasl.") || k.startsWith("ssl.")) {
        p.put(k, s.streams().getProperty(k));
      }
    }
    return p;
  }
}
