package dev.hashvet.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** The JSON of the messages between the two halves of the topology, and of dead letters. */
final class Messages {
  static final ObjectMapper JSON = new ObjectMapper();

  private Messages() {}

  /** On post-tags (key: the tag): a post started or stopped using the tag. */
  static String postTag(String post, boolean add) {
    ObjectNode n = JSON.createObjectNode();
    n.put("post", post);
    n.put("op", add ? "add" : "remove");
    return n.toString();
  }

  /**
   * On revets (key: the post id): the tag's sample (null: none), and whether it answers the post's
   * own "add" (join) or comes from a context event.
   */
  static String revet(String tag, String sample, boolean join) {
    ObjectNode n = JSON.createObjectNode();
    n.put("tag", tag);
    n.put("sample", sample);
    n.put("join", join);
    return n.toString();
  }

  static Optional<JsonNode> parse(String json) {
    if (json == null) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(json);
      return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A record that could not be used, whole, with where it came from and why. */
  static String deadLetter(Optional<RecordMetadata> from, String key, String value,
      String reason) {
    ObjectNode n = JSON.createObjectNode();
    n.put("topic", from.map(RecordMetadata::topic).orElse(""));
    n.put("partition", from.map(RecordMetadata::partition).orElse(-1));
    n.put("offset", from.map(RecordMetadata::offset).orElse(-1L));
    n.put("key", key);
    n.put("value", value);
    n.put("reason", reason);
    return n.toString();
  }
}
