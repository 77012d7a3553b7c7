package dev.hashvet.kafka;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The topology, in two halves joined by two topics:
 *
 * <pre>
 * scheduled-posts ─┐                      ┌─ verdicts, verdict-changes, dead letters
 *                  ├─ post (by post id) ──┤
 * revets ──────────┘   posts, due         └─ post-tags ─┐
 *                                                       ├─ tag (by tag) ── revets
 * context-events ───────────────────────────────────────┘  contexts, tag-posts
 * </pre>
 *
 * <p>State lives where its key is: the scheduled posts by post id (with an index by publish time
 * for the sweep), the context samples and the tag-to-posts index by tag. Every store is a
 * persistent (RocksDB) store with a changelog, so it survives a restart and moves with its task.
 */
public final class VetTopology {
  static final String POSTS = "hashvet-posts";
  static final String DUE = "hashvet-due";
  static final String CONTEXTS = "hashvet-contexts";
  static final String TAG_POSTS = "hashvet-tag-posts";

  static final String TO_VERDICTS = "verdicts-out";
  static final String TO_CHANGES = "verdict-changes-out";
  static final String TO_POST_TAGS = "post-tags-out";
  static final String TO_DEAD = "dead-letters-out";
  static final String TO_REVETS = "revets-out";
  static final String TO_DEAD_TAGS = "dead-letters-tags-out";

  private VetTopology() {}

  public static Topology build(Topics t, PostVetter vetter, Duration sweep) {
    Serde<String> s = Serdes.String();
    Topology top = new Topology();
    top.addSource("posts-in", s.deserializer(), s.deserializer(), t.scheduledPosts(), t.revets());
    top.addProcessor("post", () -> new PostProcessor(t, vetter, sweep), "posts-in");
    top.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(POSTS), s, s),
        "post");
    top.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE), s, s),
        "post");
    top.addSink(TO_VERDICTS, t.verdicts(), s.serializer(), s.serializer(), "post");
    top.addSink(TO_CHANGES, t.verdictChanges(), s.serializer(), s.serializer(), "post");
    top.addSink(TO_POST_TAGS, t.postTags(), s.serializer(), s.serializer(), "post");
    top.addSink(TO_DEAD, t.deadLetters(), s.serializer(), s.serializer(), "post");

    top.addSource("tags-in", s.deserializer(), s.deserializer(), t.contextEvents(), t.postTags());
    top.addProcessor("tag", () -> new TagProcessor(t, vetter), "tags-in");
    top.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTEXTS), s, s), "tag");
    top.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TAG_POSTS), s, s), "tag");
    top.addSink(TO_REVETS, t.revets(), s.serializer(), s.serializer(), "tag");
    top.addSink(TO_DEAD_TAGS, t.deadLetters(), s.serializer(), s.serializer(), "tag");
    return top;
  }
}
