package dev.hashvet.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.calendar.RowParser;
import dev.hashvet.config.Config;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology through the test driver: new posts, context events, publish time, bad records. */
class VetTopologyTest {
  static final Path SAMPLES =
      Path.of(System.getProperty("hashvet.root", "."), "examples", "samples");
  static final Instant MONDAY = Instant.parse("2011-07-01T12:00:00Z");
  static final String TWEET = "{\"text\": \"Who's #notguilty about eating all the tasty treats"
      + " they want?!\", \"publish_at\": \"2011-07-05T15:00:00-04:00\", \"regions\": \"US\","
      + " \"channel\": \"twitter\"}";
  static final PostVetter VETTER = new PostVetter(Pipeline.load(List.of()), Config.DEFAULT,
      new RowParser(List.of(), List.of(), Optional.empty()), FailOn.BLOCK,
      Clock.fixed(MONDAY, ZoneOffset.UTC));
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path state;
  TopologyTestDriver driver;
  TestInputTopic<String, String> posts;
  TestInputTopic<String, String> context;
  TestOutputTopic<String, String> verdicts;
  TestOutputTopic<String, String> changes;
  TestOutputTopic<String, String> dead;

  @BeforeEach
  void start() {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "hashvet-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    Topics t = Topics.DEFAULT;
    driver = new TopologyTestDriver(VetTopology.build(t, VETTER, Duration.ofMinutes(1)), p,
        MONDAY);
    StringSerializer ser = new StringSerializer();
    StringDeserializer de = new StringDeserializer();
    posts = driver.createInputTopic(t.scheduledPosts(), ser, ser);
    context = driver.createInputTopic(t.contextEvents(), ser, ser);
    verdicts = driver.createOutputTopic(t.verdicts(), de, de);
    changes = driver.createOutputTopic(t.verdictChanges(), de, de);
    dead = driver.createOutputTopic(t.deadLetters(), de, de);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  static String sample(String name) throws IOException {
    return Files.readString(SAMPLES.resolve(name));
  }

  static JsonNode json(String s) throws IOException {
    return JSON.readTree(s);
  }

  @Test
  void aNewPostIsVettedOnceWithTheCalendarResult() throws IOException {
    posts.pipeInput("p1", TWEET);
    List<String> out = verdicts.readValuesToList();
    assertThat(out).hasSize(1);
    JsonNode v = json(out.get(0));
    assertThat(v.path("id").asText()).isEqualTo("p1");
    assertThat(v.path("file").asText()).isEqualTo("scheduled-posts");
    assertThat(v.path("input").path("tags").get(0).asText()).isEqualTo("notguilty");
    assertThat(v.path("columns").path("channel").asText()).isEqualTo("twitter");
    assertThat(v.path("change").path("cause").asText()).isEqualTo("new post");
    assertThat(v.path("change").path("previous").isNull()).isTrue();
    assertThat(changes.isEmpty()).isTrue();
    assertThat(dead.isEmpty()).isTrue();
  }

  @Test
  void aContextEventFlipsAScheduledPost() throws IOException {
    posts.pipeInput("p1", TWEET);
    String first = json(verdicts.readValue()).path("verdict").asText();
    assertThat(first).isNotEqualTo("BLOCK");

    context.pipeInput("#NotGuilty", sample("notguilty-verdict-2011.jsonl"));
    JsonNode v = json(verdicts.readValue());
    assertThat(v.path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(v.path("context").path("posts").asInt()).isPositive();
    assertThat(v.path("change").path("cause").asText()).isEqualTo("context event for #notguilty");
    JsonNode alert = json(changes.readValue());
    assertThat(alert.path("id").asText()).isEqualTo("p1");
    assertThat(alert.path("previous").asText()).isEqualTo(first);
    assertThat(alert.path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(alert.path("added")).isNotEmpty();

    context.pipeInput("notguilty", sample("notguilty-snacks-2011.jsonl"));
    assertThat(json(verdicts.readValue()).path("verdict").asText()).isEqualTo("PASS");
    assertThat(json(changes.readValue()).path("previous").asText()).isEqualTo("BLOCK");
  }

  @Test
  void aPostArrivingAfterItsContextIsVettedWithIt() throws IOException {
    context.pipeInput("notguilty", sample("notguilty-verdict-2011.jsonl"));
    posts.pipeInput("p2", TWEET);
    List<String> out = verdicts.readValuesToList();
    assertThat(out).hasSize(1);
    assertThat(json(out.get(0)).path("verdict").asText()).isEqualTo("BLOCK");
    assertThat(changes.isEmpty()).isTrue();
  }

  @Test
  void aPostLeavesTheStoreAtItsPublishTime() throws IOException {
    posts.pipeInput("p1", TWEET);
    verdicts.readValuesToList();
    KeyValueStore<String, String> store = driver.getKeyValueStore(VetTopology.POSTS);
    assertThat(store.get("p1")).isNotNull();

    // A day before: the day-of re-check.
    driver.advanceWallClockTime(Duration.between(MONDAY,
        Instant.parse("2011-07-05T12:00:00Z")));
    JsonNode dayOf = json(verdicts.readValue());
    assertThat(dayOf.path("change").path("cause").asText()).isEqualTo("day-of re-check");

    driver.advanceWallClockTime(Duration.ofHours(8)); // past 19:00Z, the publish time
    assertThat(store.get("p1")).isNull();
    assertThat(driver.getKeyValueStore(VetTopology.TAG_POSTS).approximateNumEntries())
        .isZero();
    context.pipeInput("notguilty", sample("notguilty-verdict-2011.jsonl"));
    assertThat(verdicts.isEmpty()).isTrue();
  }

  @Test
  void badRecordsGoToTheDeadLettersWithTheReasonAndNothingIsLost() throws IOException {
    posts.pipeInput("p1", "not json {");
    posts.pipeInput("p2", "{\"text\": \"#sale today\"}");
    posts.pipeInput(null, TWEET);
    context.pipeInput("notguilty", "");
    posts.pipeInput("p3", TWEET);

    List<String> letters = dead.readValuesToList();
    assertThat(letters).hasSize(4);
    JsonNode notJson = json(letters.get(0));
    assertThat(notJson.path("topic").asText()).isEqualTo("scheduled-posts");
    assertThat(notJson.path("key").asText()).isEqualTo("p1");
    assertThat(notJson.path("value").asText()).isEqualTo("not json {");
    assertThat(notJson.path("reason").asText()).startsWith("not JSON");
    assertThat(json(letters.get(1)).path("reason").asText()).contains("publish_at: missing");
    assertThat(json(letters.get(2)).path("reason").asText()).contains("post id");
    JsonNode badSample = json(letters.get(3));
    assertThat(badSample.path("topic").asText()).isEqualTo("context-events");
    assertThat(badSample.path("reason").asText()).contains("no posts");

    // The good record after them is vetted as usual.
    List<String> out = verdicts.readValuesToList();
    assertThat(out).hasSize(1);
    assertThat(json(out.get(0)).path("id").asText()).isEqualTo("p3");
  }

  @Test
  void aTombstoneCancelsAPost() {
    posts.pipeInput("p1", TWEET);
    posts.pipeInput("p1", (String) null);
    assertThat(driver.getKeyValueStore(VetTopology.POSTS).get("p1")).isNull();
    assertThat(dead.isEmpty()).isTrue();
  }
}
