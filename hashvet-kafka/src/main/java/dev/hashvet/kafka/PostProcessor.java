package dev.hashvet.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.HashvetException;
import dev.hashvet.calendar.CalendarRow;
import dev.hashvet.rules.Finding;
import dev.hashvet.vet.VetResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The by-post half: keeps every scheduled post until its publish time, vets it when it arrives
 * (once its tags' context has come back), again on each context event for one of its tags and
 * once more on the day, and sends the verdicts and the changes. Reads scheduled-posts and revets,
 * both keyed by post id.
 */
final class PostProcessor implements Processor<String, String, String, String> {
  /** A day ahead of publish time, the post is vetted once more (the day-of re-check). */
  static final Duration DAY = Duration.ofHours(24);

  private final Topics topics;
  private final PostVetter vetter;
  private final Duration sweep;
  private ProcessorContext<String, String> context;
  private KeyValueStore<String, String> posts;
  private KeyValueStore<String, String> due;

  PostProcessor(Topics topics, PostVetter vetter, Duration sweep) {
    this.topics = topics;
    this.vetter = vetter;
    this.sweep = sweep;
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.posts = context.getStateStore(VetTopology.POSTS);
    this.due = context.getStateStore(VetTopology.DUE);
    context.schedule(sweep, PunctuationType.WALL_CLOCK_TIME, this::sweep);
  }

  @Override
  public void process(Record<String, String> record) {
    Optional<RecordMetadata> from = context.recordMetadata();
    String topic = from.map(RecordMetadata::topic).orElse(topics.scheduledPosts());
    try {
      if (topic.equals(topics.revets())) {
        revet(record);
      } else {
        post(record, from);
      }
    } catch (HashvetException e) {
      dead(record, from, e.getMessage());
    } catch (RuntimeException e) {
      dead(record, from, "could not vet: " + e);
    }
  }

  private void post(Record<String, String> record, Optional<RecordMetadata> from) {
    String id = record.key();
    if (id == null || id.isBlank()) {
      throw HashvetException.input("no key: a scheduled post's key is its post id");
    }
    PostState old = Optional.ofNullable(posts.get(id)).map(PostState::read).orElse(null);
    if (record.value() == null) {
      if (old != null) {
        leave(id, old, record.timestamp());
      }
      return;
    }
    long offset = from.map(RecordMetadata::offset).orElse(0L);
    CalendarRow row = vetter.parse(id, record.value(), topics.scheduledPosts(), offset);
    PostState s = new PostState();
    s.row = record.value();
    s.offset = offset;
    s.publish = row.submission().at().toInstant().toEpochMilli();
    s.tags = vetter.tags(row);
    s.pending = new ArrayList<>(s.tags);
    s.cause = old == null ? "new post" : "post updated";
    if (old != null) {
      s.verdict = old.verdict;
      s.rules = old.rules;
      for (String t : s.tags) {
        if (old.contexts.containsKey(t)) {
          s.contexts.put(t, old.contexts.get(t));
        }
      }
      due.delete(dueKey(old.publish, id));
      for (String t : old.tags) {
        if (!s.tags.contains(t)) {
          forward(VetTopology.TO_POST_TAGS, t, Messages.postTag(id, false), record.timestamp());
        }
      }
    }
    due.put(dueKey(s.publish, id), "");
    // Each tag's processor answers with its latest context; the verdict waits for all of them.
    for (String t : s.tags) {
      forward(VetTopology.TO_POST_TAGS, t, Messages.postTag(id, true), record.timestamp());
    }
    if (s.pending.isEmpty()) {
      vet(id, s, row, s.cause, record.timestamp());
    }
    posts.put(id, s.write());
  }

  private void revet(Record<String, String> record) {
    String id = record.key();
    JsonNode msg = Messages.parse(record.value())
        .orElseThrow(() -> HashvetException.input("not a revet message"));
    String stored = id == null ? null : posts.get(id);
    if (stored == null) {
      return; // published or cancelled meanwhile
    }
    PostState s = PostState.read(stored);
    String tag = msg.path("tag").asText("");
    if (!s.tags.contains(tag)) {
      return; // the post no longer uses the tag
    }
    JsonNode sample = msg.path("sample");
    if (sample.isTextual()) {
      s.contexts.put(tag, sample.asText());
    } else {
      s.contexts.remove(tag);
    }
    String cause;
    if (msg.path("join").asBoolean(false)) {
      if (!s.pending.remove(tag) || !s.pending.isEmpty()) {
        posts.put(id, s.write());
        return;
      }
      cause = s.cause;
    } else if (!s.pending.isEmpty()) {
      posts.put(id, s.write()); // the first verdict, still waiting, will use it
      return;
    } else {
      cause = "context event for #" + tag;
    }
    vet(id, s, vetter.parse(id, s.row, topics.scheduledPosts(), s.offset), cause,
        record.timestamp());
    posts.put(id, s.write());
  }

  /** Vets, sends the verdict (and the change, if the verdict changed) and updates the state. */
  private void vet(String id, PostState s, CalendarRow row, String cause, long timestamp) {
    VetResult r = vetter.vet(row, s.contexts);
    List<String> rules = r.findings().stream().map(Finding::rule).distinct().toList();
    ObjectNode change = Messages.JSON.createObjectNode();
    change.put("cause", cause);
    change.put("previous", s.verdict);
    change.put("verdict", r.verdict().name());
    change.put("changed", s.verdict != null && !s.verdict.equals(r.verdict().name()));
    strings(change.putArray("added"), minus(rules, s.rules));
    strings(change.putArray("removed"), minus(s.rules, rules));
    ObjectNode out = vetter.result(row, r);
    out.set("change", change);
    forward(VetTopology.TO_VERDICTS, id, out.toString(), timestamp);
    if (change.path("changed").asBoolean()) {
      ObjectNode alert = change.deepCopy();
      alert.put("id", id);
      alert.put("publish_at", r.input().at().toOffsetDateTime().toString());
      alert.put("text", r.input().text());
      forward(VetTopology.TO_CHANGES, id, alert.toString(), timestamp);
    }
    s.verdict = r.verdict().name();
    s.rules = rules;
    s.cause = null;
  }

  /**
   * Posts past their publish time leave the store (and their tags' indexes); posts due within a
   * day are vetted once more (the observances in force on the day, the latest context).
   */
  void sweep(long now) {
    List<KeyValue<String, String>> leaving = new ArrayList<>();
    List<String> dayOf = new ArrayList<>();
    try (KeyValueIterator<String, String> it = due.all()) {
      while (it.hasNext()) {
        String key = it.next().key;
        long publish = Long.parseLong(key.substring(0, key.indexOf('|')));
        String id = key.substring(key.indexOf('|') + 1);
        if (publish <= now) {
          leaving.add(KeyValue.pair(key, id));
        } else if (publish <= now + DAY.toMillis()) {
          dayOf.add(id);
        } else {
          break;
        }
      }
    }
    for (KeyValue<String, String> kv : leaving) {
      due.delete(kv.key);
      String stored = posts.get(kv.value);
      if (stored != null) {
        leave(kv.value, PostState.read(stored), now);
      }
    }
    for (String id : dayOf) {
      String stored = posts.get(id);
      if (stored == null) {
        continue;
      }
      PostState s = PostState.read(stored);
      if (s.dayChecked || !s.pending.isEmpty()) {
        continue;
      }
      s.dayChecked = true;
      try {
        vet(id, s, vetter.parse(id, s.row, topics.scheduledPosts(), s.offset), "day-of re-check",
            now);
      } catch (RuntimeException e) {
        forward(VetTopology.TO_DEAD, id, Messages.deadLetter(Optional.empty(), id, s.row,
            "could not vet on the day: " + e), now);
      }
      posts.put(id, s.write());
    }
  }

  private void leave(String id, PostState s, long timestamp) {
    posts.delete(id);
    due.delete(dueKey(s.publish, id));
    for (String t : s.tags) {
      forward(VetTopology.TO_POST_TAGS, t, Messages.postTag(id, false), timestamp);
    }
  }

  private void dead(Record<String, String> record, Optional<RecordMetadata> from, String why) {
    forward(VetTopology.TO_DEAD, record.key(),
        Messages.deadLetter(from, record.key(), record.value(), why), record.timestamp());
  }

  private void forward(String child, String key, String value, long timestamp) {
    context.forward(new Record<>(key, value, timestamp), child);
  }

  /** Sorts by publish time: 13 digits cover epoch milliseconds until the year 2286. */
  static String dueKey(long publish, String id) {
    return String.format("%013d|%s", Math.max(0, publish), id);
  }

  private static List<String> minus(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.removeAll(b);
    return new ArrayList<>(out);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
