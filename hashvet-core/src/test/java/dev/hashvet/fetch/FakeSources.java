package dev.hashvet.fetch;

import dev.hashvet.config.Config;
import dev.hashvet.config.SourceConfig;
import dev.hashvet.fetch.http.HttpPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Five loopback servers playing Mastodon, Bluesky, Reddit, GDELT and Wikipedia with the recorded
 * bodies under {@code src/test/resources/fetch}. Each source's main endpoint (timeline, search,
 * doc API, feed) can be made to fail; every other answer stays normal.
 */
public final class FakeSources implements AutoCloseable {
  /** The tests' "now": 2026-11-23T12:00:00Z. */
  public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** #notguilty, read "not guilty". */
  public static final Query QUERY = new Query("notguilty", List.of("not", "guilty"), NOW);

  public static final Map<String, String> ENV = Map.of(
      "BLUESKY_HANDLE", "hashvet-test.bsky.example",
      "BLUESKY_APP_PASSWORD", "app-pass-XYZZY-1234",
      "REDDIT_CLIENT_ID", "client-id-XYZZY-5678",
      "REDDIT_CLIENT_SECRET", "client-secret-XYZZY-9012");

  private final Map<String, MockWebServer> servers = new LinkedHashMap<>();
  private final Map<String, Function<RecordedRequest, MockResponse>> failures =
      new ConcurrentHashMap<>();
  private final Map<String, String> refused = new ConcurrentHashMap<>();
  private final Map<String, MockResponse> routes = new ConcurrentHashMap<>();
  private volatile Duration delay = Duration.ZERO;

  private FakeSources() {}

  /** Starts the five servers. */
  public static FakeSources start() throws IOException {
    FakeSources f = new FakeSources();
    for (String id : LiveContextProvider.SOURCE_IDS) {
      MockWebServer s = new MockWebServer();
      s.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return f.answer(id, request);
        }
      });
      s.start();
      f.servers.put(id, s);
    }
    return f;
  }

  /** Every normal answer comes after {@code d} (the benchmark's slow sources). */
  public FakeSources delay(Duration d) {
    this.delay = d;
    return this;
  }

  /** {@code id}'s main endpoint answers with {@code response} (every time it is asked). */
  public FakeSources fail(String id, MockResponse response) {
    failures.put(id, r -> response);
    return this;
  }

  /** {@code id}'s main endpoint answers as {@code answer} says. */
  public FakeSources fail(String id, Function<RecordedRequest, MockResponse> answer) {
    failures.put(id, answer);
    return this;
  }

  /** {@code id}'s server answers {@code path} (exact, without query) with {@code response}. */
  public FakeSources route(String id, String path, MockResponse response) {
    routes.put(id + " " + path, response);
    return this;
  }

  /** {@code id} points at a port where nothing listens. */
  public FakeSources refuse(String id) throws IOException {
    MockWebServer dead = new MockWebServer();
    dead.start();
    String url = dead.url("/").toString();
    dead.close();
    refused.put(id, url);
    return this;
  }

  public MockWebServer server(String id) {
    return servers.get(id);
  }

  /** Requests {@code id}'s server has had so far. */
  public int requests(String id) {
    return servers.get(id).getRequestCount();
  }

  public int totalRequests() {
    return servers.values().stream().mapToInt(MockWebServer::getRequestCount).sum();
  }

  /** A config pointing every source at its server, Reddit on. */
  public Config config() {
    Map<String, SourceConfig> m = new LinkedHashMap<>();
    for (String id : LiveContextProvider.SOURCE_IDS) {
      String url = refused.getOrDefault(id, servers.get(id).url("/").toString());
      Optional<Boolean> on = Optional.of(true);
      m.put(id, switch (id) {
        case "mastodon" -> new SourceConfig(on, Optional.empty(), List.of(url), Optional.empty());
        case "reddit" -> new SourceConfig(on, Optional.of(url), List.of(), Optional.empty(),
            Optional.of(url));
        default -> new SourceConfig(on, Optional.of(url), List.of(), Optional.empty());
      });
    }
    return new Config(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(),
        List.of(), m);
  }

  /** The test policy: 64 KB cap, short backoffs, so failures are quick to show. */
  public static HttpPolicy policy() {
    return HttpPolicy.defaults("hashvet/test (+https://example.invalid)")
        .withMaxBodyBytes(64 * 1024)
        .withBackoff(Duration.ofMillis(20), Duration.ofSeconds(5));
  }

  /** A provider over all five servers with {@code timeout}, no cache. */
  public LiveContextProvider.Builder provider(Duration timeout) {
    return LiveContextProvider.builder(config(), ENV, CLOCK).timeout(timeout)
        .httpPolicy(policy());
  }

  private MockResponse answer(String id, RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    Function<RecordedRequest, MockResponse> failure = failures.get(id);
    if (failure != null && isMain(id, path)) {
      return failure.apply(r);
    }
    MockResponse routed = routes.get(id + " " + path);
    if (routed != null) {
      return routed;
    }
    MockResponse normal = normal(id, r, path);
    if (delay.isZero()) {
      return normal;
    }
    return normal.newBuilder().headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
  }

  static boolean isMain(String id, String path) {
    return switch (id) {
      case "mastodon" -> path.startsWith("/api/v1/timelines/tag/");
      case "bluesky" -> path.equals("/xrpc/app.bsky.feed.searchPosts");
      case "reddit" -> path.equals("/search");
      case "news" -> path.equals("/api/v2/doc/doc");
      default -> path.startsWith("/api/rest_v1/feed/featured/");
    };
  }

  private MockResponse normal(String id, RecordedRequest r, String path) {
    switch (id) {
      case "mastodon":
        if (path.startsWith("/api/v1/timelines/tag/")) {
          if (r.getUrl().queryParameter("max_id") != null) {
            return json("mastodon/timeline-page2.json");
          }
          String next = servers.get(id).url(path + "?max_id=113500000000000002").toString();
          return json("mastodon/timeline-page1.json").newBuilder()
              .addHeader("Link", "<" + next + ">; rel=\"next\", <" + next.replace("max_id", "min_id")
                  + ">; rel=\"prev\"")
              .build();
        }
        if (path.startsWith("/api/v1/tags/")) {
          return json("mastodon/tag-history.json");
        }
        if (path.equals("/api/v1/trends/tags")) {
          return json("mastodon/trends-tags.json");
        }
        return notFound();
      case "bluesky":
        return switch (path) {
          case "/xrpc/com.atproto.server.createSession" -> json("bluesky/session.json");
          case "/xrpc/app.bsky.feed.searchPosts" -> json("bluesky/search.json");
          case "/xrpc/app.bsky.actor.getProfiles" -> json("bluesky/profiles.json");
          default -> notFound();
        };
      case "reddit":
        return switch (path) {
          case "/api/v1/access_token" -> json("reddit/token.json");
          case "/search" -> json("reddit/search.json");
          default -> notFound();
        };
      case "news":
        return path.equals("/api/v2/doc/doc") ? json("news/artlist.json") : notFound();
      default:
        return path.equals("/api/rest_v1/feed/featured/2026/11/23")
            ? json("wikipedia/featured.json") : notFound();
    }
  }

  /** A 200 JSON answer with the recorded body {@code resource}. */
  public static MockResponse json(String resource) {
    return new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body(resource)).build();
  }

  /** An answer with {@code code}, {@code contentType} and the recorded body {@code resource}. */
  public static MockResponse answer(int code, String contentType, String resource) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", contentType)
        .body(body(resource)).build();
  }

  static MockResponse notFound() {
    return new MockResponse.Builder().code(404)
        .setHeader("Content-Type", "application/json").body("{\"error\":\"Record not found\"}")
        .build();
  }

  /** The recorded body {@code resource} under src/test/resources/fetch. */
  public static String body(String resource) {
    try (InputStream in = FakeSources.class.getResourceAsStream("/fetch/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource /fetch/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    servers.values().forEach(MockWebServer::close);
  }
}
