package dev.hashvet.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scheduled post in the state store (JSON): its row as received, its publish time and folded
 * tags, the latest sample of each tag, the tags whose context has not come back yet, and what the
 * last verdict was.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
final class PostState {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The row as received on scheduled-posts. */
  @JsonProperty public String row;
  /** Its offset there (the result's "line"). */
  @JsonProperty public long offset;
  /** Publish time, epoch milliseconds. */
  @JsonProperty public long publish;
  @JsonProperty public List<String> tags = new ArrayList<>();
  /** Tags asked for their context and not answered yet: the first verdict waits for them. */
  @JsonProperty public List<String> pending = new ArrayList<>();
  /** Folded tag to the latest sample-file text from context-events. */
  @JsonProperty public Map<String, String> contexts = new LinkedHashMap<>();
  /** Why the next verdict is due ("new post", "post updated"). */
  @JsonProperty public String cause;
  /** The last verdict sent, or null before the first. */
  @JsonProperty public String verdict;
  /** The rules of the last verdict's findings. */
  @JsonProperty public List<String> rules = new ArrayList<>();
  /** True once the day-of re-check ran. */
  @JsonProperty public boolean dayChecked;

  static PostState read(String json) {
    try {
      return JSON.readValue(json, PostState.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String write() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
