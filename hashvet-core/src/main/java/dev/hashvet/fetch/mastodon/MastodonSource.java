package dev.hashvet.fetch.mastodon;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.fetch.HtmlText;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.LiveSignals.DailyUse;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Query;
import dev.hashvet.fetch.Source;
import dev.hashvet.fetch.SourceResult;
import dev.hashvet.fetch.SourceSetup;
import dev.hashvet.context.SourceStatus;
import dev.hashvet.fetch.http.Deadline;
import dev.hashvet.fetch.http.HttpAnswer;
import dev.hashvet.fetch.http.HttpGateway;
import dev.hashvet.fetch.http.Parallel;
import dev.hashvet.fetch.http.SourceFailure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Mastodon, asked without login on each configured instance in parallel: the tag timeline (pages
 * of 40 followed by the {@code Link} header, up to the limit), the tag's daily history and the
 * instance's trending tags. Posts seen on several instances count once (by {@code uri}). An
 * instance that wants a login (401, 403, 422, or an empty timeline for a tag its own history says
 * was used this week) is reported as unavailable, never as "no posts".
 */
public final class MastodonSource implements Source {
  public static final String ID = "mastodon";
  public static final String DEFAULT_INSTANCE = "https://mastodon.social";
  static final int PAGE = 40;
  static final int MAX_PAGES = 5;
  static final int MAX_INSTANCES = 10;
  static final int DEFAULT_LIMIT = 80;

  private final List<String> instances;
  private final int limit;
  private final HttpGateway http;
  private final Executor requests;
  private final ObjectMapper json = SourceSetup.json();

  public MastodonSource(SourceSetup setup) {
    List<String> raw = !setup.config().instances().isEmpty()
        ? setup.config().instances()
        : List.of(setup.config().url().orElse(DEFAULT_INSTANCE));
    this.instances = raw.stream().map(SourceSetup::trimSlash).distinct().limit(MAX_INSTANCES)
        .toList();
    this.limit = setup.limit(DEFAULT_LIMIT, PAGE * MAX_PAGES);
    this.http = setup.http();
    this.requests = setup.requests();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> urls() {
    return instances;
  }

  @Override
  public String limits() {
    return "up to " + limit + " posts per instance (pages of " + PAGE + "), 7-day tag history, "
        + "trending tags";
  }

  /** A post with the uri that identifies it across instances. */
  record Keyed(String uri, Post post) {}

  /** What one instance gave: posts, history and whether the tag trends there; or its failure. */
  private record InstanceAnswer(
      String host,
      List<Keyed> posts,
      Optional<MastodonTag> history,
      boolean trending,
      Optional<SourceFailure> failure) {}

  @Override
  public SourceResult fetch(Query query, Deadline deadline) {
    if (query.tag().isEmpty()) {
      return SourceResult.skipped("no tag to look up (Mastodon is searched by tag without login)");
    }
    String tag = query.tag();
    List<FutureTask<List<Keyed>>> timelines = new ArrayList<>();
    List<FutureTask<Optional<MastodonTag>>> histories = new ArrayList<>();
    List<FutureTask<Boolean>> trends = new ArrayList<>();
    List<HttpUrl> bases = instances.stream().map(HttpUrl::get).toList();
    for (HttpUrl base : bases) {
      timelines.add(Parallel.start(requests, () -> timeline(base, tag, deadline)));
      histories.add(Parallel.start(requests, () -> history(base, tag, deadline)));
      trends.add(Parallel.start(requests, () -> trending(base, tag, deadline)));
    }
    List<InstanceAnswer> answers = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      answers.add(collect(bases.get(i), tag, timelines.get(i), histories.get(i), trends.get(i),
          deadline));
    }
    return merge(answers);
  }

  private InstanceAnswer collect(
      HttpUrl base,
      String tag,
      FutureTask<List<Keyed>> timeline,
      FutureTask<Optional<MastodonTag>> historyTask,
      FutureTask<Boolean> trendTask,
      Deadline deadline) {
    String host = hostOf(base);
    List<Keyed> posts = List.of();
    Optional<SourceFailure> failure = Optional.empty();
    try {
      posts = Parallel.await(timeline, deadline);
    } catch (SourceFailure f) {
      failure = Optional.of(f);
    }
    Optional<MastodonTag> history = Optional.empty();
    boolean trending = false;
    try {
      history = Parallel.await(historyTask, deadline);
    } catch (SourceFailure f) {
      // The history only adds a signal; the timeline decides whether the instance answered.
      history = Optional.empty();
    }
    try {
      trending = Parallel.await(trendTask, deadline);
    } catch (SourceFailure f) {
      trending = false;
    }
    if (failure.isEmpty() && posts.isEmpty()) {
      long week = history.map(MastodonSource::weekUses).orElse(0L);
      if (week > 0) {
        failure = Optional.of(SourceFailure.unavailable("no posts although #" + tag + " was used "
            + week + " times there this week (the instance may require login)"));
      }
    }
    return new InstanceAnswer(host, posts, history, trending, failure);
  }

  private SourceResult merge(List<InstanceAnswer> answers) {
    Map<String, Post> byUri = new LinkedHashMap<>();
    TreeMap<LocalDate, long[]> days = new TreeMap<>();
    List<String> trendingOn = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<SourceFailure> failures = new ArrayList<>();
    for (InstanceAnswer a : answers) {
      if (a.failure().isPresent()) {
        SourceFailure f = a.failure().get();
        failures.add(f);
        parts.add(a.host() + ": " + f.detail());
        warnings.add("mastodon: " + a.host() + ": " + f.detail());
        continue;
      }
      int before = byUri.size();
      for (Keyed k : a.posts()) {
        byUri.putIfAbsent(k.uri(), k.post());
      }
      parts.add(a.host() + ": " + a.posts().size() + " posts"
          + (byUri.size() - before < a.posts().size()
              ? " (" + (a.posts().size() - (byUri.size() - before)) + " already seen)" : ""));
      a.history().ifPresent(t -> addHistory(t, days));
      if (a.trending()) {
        trendingOn.add(a.host());
      }
    }
    String detail = String.join("; ", parts);
    if (failures.size() == answers.size()) {
      boolean allTimedOut = failures.stream().allMatch(f -> f.status() == SourceStatus.TIMED_OUT);
      return SourceResult.failed(
          allTimedOut ? SourceStatus.TIMED_OUT : SourceStatus.UNAVAILABLE, detail);
    }
    List<DailyUse> history = new ArrayList<>();
    days.forEach((day, n) -> history.add(new DailyUse(day, n[0], n[1])));
    if (!trendingOn.isEmpty()) {
      detail += "; trending on " + String.join(", ", trendingOn);
    }
    List<Post> posts = List.copyOf(byUri.values());
    LiveSignals signals = new LiveSignals(history, trendingOn, List.of(), List.of());
    return SourceResult.answered(posts, signals, detail, warnings);
  }

  private List<Keyed> timeline(HttpUrl base, String tag, Deadline deadline) throws SourceFailure {
    HttpUrl url = base.newBuilder()
        .addPathSegments("api/v1/timelines/tag")
        .addPathSegment(tag)
        .addQueryParameter("limit", Integer.toString(Math.min(PAGE, limit)))
        .build();
    String host = hostOf(base);
    List<Keyed> posts = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES && posts.size() < limit; page++) {
      HttpAnswer answer = http.get(new Request.Builder().url(url).build(), deadline);
      int code = answer.code();
      if (code == 401 || code == 403 && !answer.isHtml() || code == 422) {
        throw SourceFailure.unavailable(
            answer.describeStatus() + " (the instance requires login for tag timelines)");
      }
      MastodonStatus[] statuses = answer.json(json, MastodonStatus[].class);
      for (MastodonStatus s : statuses) {
        if (posts.size() >= limit) {
          break;
        }
        if (s != null) {
          posts.add(keyed(s, host));
        }
      }
      if (statuses.length == 0) {
        break;
      }
      Optional<HttpUrl> next = LinkHeader.next(answer.headers().get("Link"), answer.url());
      if (next.isEmpty()) {
        break;
      }
      url = next.get();
    }
    return posts;
  }

  private Optional<MastodonTag> history(HttpUrl base, String tag, Deadline deadline)
      throws SourceFailure {
    HttpUrl url = base.newBuilder().addPathSegments("api/v1/tags").addPathSegment(tag).build();
    HttpAnswer answer = http.get(new Request.Builder().url(url).build(), deadline);
    if (answer.code() == 404) {
      return Optional.empty();
    }
    return Optional.of(answer.json(json, MastodonTag.class));
  }

  private Boolean trending(HttpUrl base, String tag, Deadline deadline) throws SourceFailure {
    HttpUrl url = base.newBuilder().addPathSegments("api/v1/trends/tags")
        .addQueryParameter("limit", "20").build();
    HttpAnswer answer = http.get(new Request.Builder().url(url).build(), deadline);
    if (answer.code() == 404) {
      return false;
    }
    for (MastodonTag t : answer.json(json, MastodonTag[].class)) {
      if (t != null && t.name() != null && t.name().equalsIgnoreCase(tag)) {
        return true;
      }
    }
    return false;
  }

  static Keyed keyed(MastodonStatus status, String host) {
    MastodonStatus s = status.reblog() != null ? status.reblog() : status;
    String body = HtmlText.toText(s.content());
    String spoiler = s.spoilerText() == null ? "" : s.spoilerText().strip();
    String text = spoiler.isEmpty() ? body : body.isEmpty() ? spoiler : spoiler + "\n" + body;
    String acct = s.account() == null || s.account().acct() == null ? "" : s.account().acct();
    String author = acct.isEmpty() || acct.contains("@") ? acct : acct + "@" + host;
    List<String> tags = new ArrayList<>();
    if (s.tags() != null) {
      for (MastodonStatus.TagRef t : s.tags()) {
        if (t != null && t.name() != null && !t.name().isBlank()) {
          tags.add(t.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    String key = s.uri() != null ? s.uri() : s.url() != null ? s.url() : host + "/" + s.id();
    Post post = Post.builder(ID, s.id())
        .url(s.url() != null ? s.url() : s.uri())
        .createdAt(s.createdAt())
        .lang(s.language())
        .author(author)
        .followers(s.account() == null ? -1 : n(s.account().followersCount()))
        .likes(n(s.favouritesCount()))
        .reposts(n(s.reblogsCount()))
        .replies(n(s.repliesCount()))
        .text(text)
        .tags(tags)
        .build();
    return new Keyed(key, post);
  }

  private static void addHistory(MastodonTag tag, TreeMap<LocalDate, long[]> days) {
    if (tag.history() == null) {
      return;
    }
    for (MastodonTag.Day d : tag.history()) {
      try {
        LocalDate day = Instant.ofEpochSecond(Long.parseLong(d.day().strip()))
            .atZone(ZoneOffset.UTC).toLocalDate();
        long[] n = days.computeIfAbsent(day, k -> new long[2]);
        n[0] += parse(d.uses());
        n[1] += parse(d.accounts());
      } catch (RuntimeException e) {
        // A day the server wrote oddly is left out; the others still make a history.
      }
    }
  }

  private static long weekUses(MastodonTag tag) {
    TreeMap<LocalDate, long[]> days = new TreeMap<>();
    addHistory(tag, days);
    return days.values().stream().mapToLong(n -> n[0]).sum();
  }

  private static long parse(String s) {
    try {
      return s == null ? 0 : Math.max(0, Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static long n(Long v) {
    return v == null ? -1 : v;
  }

  private static String hostOf(HttpUrl url) {
    int port = url.port();
    boolean defaultPort = port == HttpUrl.defaultPort(url.scheme());
    return defaultPort ? url.host() : url.host() + ":" + port;
  }
}
