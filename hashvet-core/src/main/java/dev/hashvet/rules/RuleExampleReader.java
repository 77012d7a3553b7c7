package dev.hashvet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.Post;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rule's {@code examples: {flag: [...], pass: [...]}}: each case a post, or {@code {text,
 * at, regions, languages, context, signals, severity}} with its sampled posts and live signals.
 */
final class RuleExampleReader {
  private static final Set<String> EXAMPLES_KEYS = Set.of("flag", "pass");
  private static final Set<String> EXAMPLE_KEYS =
      Set.of("text", "at", "regions", "languages", "context", "signals", "severity");
  private static final Set<String> SIGNAL_KEYS = Set.of("history", "trending", "headlines", "events");
  private static final Set<String> HEADLINE_KEYS = Set.of("title", "url", "source", "seen_at");
  private static final Set<String> POST_KEYS =
      Set.of("text", "author", "followers", "likes", "reposts", "replies", "url", "source", "id");

  private RuleExampleReader() {}

  /** The examples of rule {@code id}: at least one must flag. */
  static List<RuleExample> examples(Spec spec, String id) {
    if (!spec.has("examples")) {
      throw spec.error("rule '" + id + "' has no examples (examples: {flag: [...], pass: [...]})");
    }
    Spec ex = spec.child("examples");
    ex.keys(EXAMPLES_KEYS);
    List<RuleExample> out = new ArrayList<>();
    for (String kind : List.of("flag", "pass")) {
      JsonNode n = ex.node().path(kind);
      if (n.isMissingNode()) {
        continue;
      }
      if (!n.isArray()) {
        throw ex.error(kind, "'" + kind + "' must be a list of examples");
      }
      for (int i = 0; i < n.size(); i++) {
        out.add(example(ex.child(kind).item(i), kind.equals("flag")));
      }
    }
    if (out.stream().noneMatch(RuleExample::flag)) {
      throw spec.error("examples", "rule '" + id + "' needs at least one 'flag' example");
    }
    return out;
  }

  private static RuleExample example(Spec spec, boolean flag) {
    JsonNode n = spec.node();
    if (n.isValueNode()) {
      return new RuleExample(flag, n.asText(), Optional.empty(), List.of(), List.of(), List.of(),
          LiveSignals.NONE, Optional.empty(), spec.where());
    }
    spec.keys(EXAMPLE_KEYS);
    List<Post> context = new ArrayList<>();
    JsonNode ctx = n.path("context");
    for (int i = 0; i < ctx.size(); i++) {
      context.add(post(spec.child("context").item(i), i));
    }
    LiveSignals signals = spec.has("signals") ? signals(spec.child("signals"), spec.optString("at"))
        : LiveSignals.NONE;
    return new RuleExample(flag, spec.string("text"), spec.optString("at"),
        spec.strings("regions"), spec.strings("languages"), context, signals,
        spec.severity("severity"), spec.where());
  }

  /** A context post: its text, or {@code {text, author, followers, ...}}; its id is "ex" + i. */
  private static Post post(Spec spec, int i) {
    JsonNode p = spec.node();
    if (p.isValueNode()) {
      return Post.builder("example", "ex" + i).text(p.asText()).build();
    }
    spec.keys(POST_KEYS);
    return Post.builder(p.path("source").asText("example"), p.path("id").asText("ex" + i))
        .url(p.path("url").asText(""))
        .author(p.path("author").asText(""))
        .followers(p.path("followers").asLong(-1))
        .likes(p.path("likes").asLong(-1))
        .reposts(p.path("reposts").asLong(-1))
        .replies(p.path("replies").asLong(-1))
        .text(p.path("text").asText(""))
        .build();
  }

  /**
   * {@code signals: {history: [uses, ... today], trending: [..], headlines: [..], events: [..]}}:
   * the history lists daily uses oldest first, the last on the example's publish date; headlines
   * and events are titles or {title, url, source, seen_at}.
   */
  private static LiveSignals signals(Spec spec, Optional<String> at) {
    spec.keys(SIGNAL_KEYS);
    LocalDate today = at.map(a -> a.length() >= 10 ? a.substring(0, 10) : a)
        .map(LocalDate::parse).orElse(RuleExample.DEFAULT_AT.toLocalDate());
    List<LiveSignals.DailyUse> history = new ArrayList<>();
    JsonNode h = spec.node().path("history");
    for (int i = 0; i < h.size(); i++) {
      if (!h.get(i).canConvertToLong()) {
        throw spec.child("history").item(i).error("history items are daily use counts");
      }
      history.add(new LiveSignals.DailyUse(today.minusDays(h.size() - 1L - i), h.get(i).asLong(),
          h.get(i).asLong()));
    }
    return new LiveSignals(history, spec.strings("trending"), headlines(spec, "headlines"),
        headlines(spec, "events"));
  }

  private static List<LiveSignals.Headline> headlines(Spec spec, String key) {
    List<LiveSignals.Headline> out = new ArrayList<>();
    JsonNode list = spec.node().path(key);
    for (int i = 0; i < list.size(); i++) {
      JsonNode h = list.get(i);
      if (h.isValueNode()) {
        out.add(new LiveSignals.Headline(h.asText(), "https://news.example/" + i, "example", ""));
      } else {
        spec.child(key).item(i).keys(HEADLINE_KEYS);
        out.add(new LiveSignals.Headline(h.path("title").asText(""), h.path("url").asText(""),
            h.path("source").asText("example"), h.path("seen_at").asText("")));
      }
    }
    return out;
  }
}
