package dev.hashvet.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.HashvetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The by-tag half: keeps each tag's latest context sample and which scheduled posts use the tag,
 * and sends the sample to those posts when a context event arrives (and to a post that starts
 * using the tag). Reads context-events and post-tags, both keyed by tag.
 */
final class TagProcessor implements Processor<String, String, String, String> {
  /** Separates the tag from the post id in the index's keys: "tag\u0000post". */
  static final char SEP = '\u0000';

  private final Topics topics;
  private final PostVetter vetter;
  private ProcessorContext<String, String> context;
  private KeyValueStore<String, String> samples;
  private KeyValueStore<String, String> index;

  TagProcessor(Topics topics, PostVetter vetter) {
    this.topics = topics;
    this.vetter = vetter;
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.samples = context.getStateStore(VetTopology.CONTEXTS);
    this.index = context.getStateStore(VetTopology.TAG_POSTS);
  }

  @Override
  public void process(Record<String, String> record) {
    Optional<RecordMetadata> from = context.recordMetadata();
    String topic = from.map(RecordMetadata::topic).orElse(topics.contextEvents());
    try {
      if (topic.equals(topics.postTags())) {
        postTag(record);
      } else {
        contextEvent(record);
      }
    } catch (RuntimeException e) {
      String why = e instanceof HashvetException ? e.getMessage() : "could not use it: " + e;
      context.forward(new Record<>(record.key(),
          Messages.deadLetter(from, record.key(), record.value(), why), record.timestamp()),
          VetTopology.TO_DEAD_TAGS);
    }
  }

  private void contextEvent(Record<String, String> record) {
    if (record.key() == null || record.key().isBlank()
        || record.key().strip().equals("#")) {
      throw HashvetException.input("no key: a context event's key is its tag");
    }
    String tag = vetter.fold(record.key());
    if (record.value() == null) {
      samples.delete(tag);
    } else {
      vetter.checkSample(tag, record.value());
      samples.put(tag, record.value());
    }
    for (String post : posts(tag)) {
      context.forward(new Record<>(post, Messages.revet(tag, record.value(), false),
          record.timestamp()), VetTopology.TO_REVETS);
    }
  }

  private void postTag(Record<String, String> record) {
    JsonNode msg = Messages.parse(record.value())
        .orElseThrow(() -> HashvetException.input("not a post-tags message"));
    String tag = record.key();
    String post = msg.path("post").asText("");
    if (tag == null || post.isEmpty()) {
      throw HashvetException.input("a post-tags message needs a tag (key) and a post");
    }
    if (msg.path("op").asText("").equals("remove")) {
      index.delete(tag + SEP + post);
      return;
    }
    index.put(tag + SEP + post, "");
    context.forward(new Record<>(post, Messages.revet(tag, samples.get(tag), true),
        record.timestamp()), VetTopology.TO_REVETS);
  }

  private List<String> posts(String tag) {
    List<String> out = new ArrayList<>();
    try (KeyValueIterator<String, String> it =
        index.prefixScan(tag + SEP, new StringSerializer())) {
      while (it.hasNext()) {
        String key = it.next().key;
        out.add(key.substring(tag.length() + 1));
      }
    }
    return out;
  }
}
