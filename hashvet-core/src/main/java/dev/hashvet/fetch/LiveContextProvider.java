package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.LiveSignals;

import dev.hashvet.context.Post;

import dev.hashvet.HashvetException;
import dev.hashvet.config.Config;
import dev.hashvet.config.SourceConfig;
import dev.hashvet.fetch.bluesky.BlueskySource;
import dev.hashvet.fetch.http.Deadline;
import dev.hashvet.fetch.http.HttpGateway;
import dev.hashvet.fetch.http.HttpPolicy;
import dev.hashvet.fetch.http.Proxies;
import dev.hashvet.fetch.mastodon.MastodonSource;
import dev.hashvet.fetch.news.GdeltSource;
import dev.hashvet.fetch.reddit.RedditSource;
import dev.hashvet.fetch.wikipedia.WikipediaSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * The live context of a check: asks the selected sources in parallel (a bounded pool), waits for
 * them no longer than the deadline, and gives what answered, with every other source marked timed
 * out, unavailable or skipped and why. A source's failure never stops the others and never throws.
 * Every post, headline and reason is cleaned ({@link Untrusted}) as it leaves its source, before it
 * is cached or used. Answers are kept in a short-lived sample cache (and OkHttp's HTTP cache) under
 * the cache folder, so a batch or a repeated check does not ask twice.
 *
 * <p>Build one per run and reuse it for every query of the run (its Bluesky session, Reddit token
 * and GDELT pacing are per provider); close it at the end.
 */
public final class LiveContextProvider implements ContextProvider, AutoCloseable {
  /** The live sources, in report order. */
  public static final List<String> SOURCE_IDS =
      List.of(MastodonSource.ID, BlueskySource.ID, RedditSource.ID, GdeltSource.ID,
          WikipediaSource.ID);

  /** The default deadline of a check (the {@code --timeout} option). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(8);

  /** How long a cached answer is used. */
  public static final Duration CACHE_TTL = Duration.ofMinutes(10);

  /** Where hashvet's project page is, for the User-Agent. */
  public static final String PROJECT_URL = "https://github.com/hashvet/hashvet";

  // A source's own time-outs end at the deadline; this lets its precise reason arrive first.
  private static final Duration GRACE = Duration.ofMillis(150);
  private static final DateTimeFormatter CLOCK_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final List<Selected> selected;
  private final Duration timeout;
  private final Optional<SampleCache> cache;
  private final HttpGateway http;
  private final ExecutorService sourcePool;
  private final ExecutorService requestPool;
  private final Consumer<String> log;
  private final Clock clock;

  /** A source and whether this run asks it. */
  private record Selected(Source source, boolean enabled, String why) {}

  private LiveContextProvider(Builder b) {
    this.timeout = b.timeout;
    this.log = b.log;
    this.clock = b.clock;
    HttpPolicy policy = b.policy != null ? b.policy : HttpPolicy.defaults(b.userAgent);
    Proxies proxies = Proxies.fromEnv(b.env);
    if (!proxies.none()) {
      b.log.accept("proxy: " + proxies);
    }
    this.http = HttpGateway.create(policy, b.clock, b.cacheDir.map(d -> d.resolve("http")), b.log,
        proxies);
    this.cache = b.cacheDir.map(d -> new SampleCache(d, b.cacheTtl, b.clock));
    List<String> ids = b.sources.isEmpty() ? SOURCE_IDS : b.sources;
    this.sourcePool = Executors.newFixedThreadPool(Math.min(16, 2 * ids.size()), daemon("source"));
    this.requestPool = Executors.newFixedThreadPool(16, daemon("request"));
    List<Selected> list = new ArrayList<>();
    for (String id : ids) {
      SourceConfig sc = b.config.source(id);
      SourceSetup setup = new SourceSetup(sc, http.forSource(id), b.clock, b.env, requestPool,
          b.limitCap);
      Source source = build(id, setup);
      checkUrls(b.config, source);
      boolean on = !b.sources.isEmpty() || sc.enabled().orElse(!id.equals(RedditSource.ID));
      String why = "";
      if (!on) {
        why = sc.enabled().isPresent()
            ? "disabled in config (sources." + id + ".enabled: false)"
            : "off by default: set sources." + id + ".enabled: true in the config";
      } else if (!source.missing().isEmpty()) {
        on = false;
        why = source.missing();
      }
      list.add(new Selected(source, on, why));
    }
    this.selected = List.copyOf(list);
  }

  /** A builder from the config, the environment variables (credentials) and the clock. */
  public static Builder builder(Config config, Map<String, String> env, Clock clock) {
    return new Builder(config, env, clock);
  }

  /** "hashvet/0.1.0 (+https://github.com/hashvet/hashvet)". */
  public static String userAgent(String version) {
    return "hashvet/" + version + " (+" + PROJECT_URL + ")";
  }

  /** $XDG_CACHE_HOME/hashvet, else ~/.cache/hashvet; empty when neither is known. */
  public static Optional<Path> defaultCacheDir(Map<String, String> env) {
    String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
    if (!xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "hashvet"));
    }
    String home = env.getOrDefault("HOME", "");
    return home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "hashvet"));
  }

  /** Each selected source's settings, in report order. */
  public List<SourceInfo> describe() {
    List<SourceInfo> out = new ArrayList<>();
    for (Selected s : selected) {
      Source src = s.source();
      out.add(new SourceInfo(src.id(), s.enabled(), s.why(), src.urls(), src.credentials(),
          src.limits()));
    }
    return out;
  }

  @Override
  public FetchedContext fetch(Query query) {
    Deadline deadline = Deadline.after(timeout);
    SourceResult[] results = new SourceResult[selected.size()];
    List<Future<SourceResult>> running = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      Selected s = selected.get(i);
      running.add(null);
      if (!s.enabled()) {
        results[i] = SourceResult.skipped(s.why());
        continue;
      }
      Optional<SampleCache.Entry> hit =
          cache.flatMap(c -> c.get(s.source().id(), s.source().settingsKey(), query));
      if (hit.isPresent()) {
        SourceResult r = hit.get().result();
        results[i] = new SourceResult(r.status(),
            r.detail() + " (cached " + CLOCK_TIME.format(hit.get().stored()) + ")",
            r.posts(), r.signals(), r.warnings());
        log.accept("source " + s.source().id() + ": answered from the sample cache");
        continue;
      }
      running.set(i, sourcePool.submit(() -> run(s.source(), query, deadline)));
    }
    for (int i = 0; i < selected.size(); i++) {
      Future<SourceResult> f = running.get(i);
      if (f == null) {
        continue;
      }
      SourceResult r = await(f, deadline);
      Source src = selected.get(i).source();
      results[i] = r;
      cache.flatMap(c -> c.put(src.id(), src.settingsKey(), query, r)).ifPresent(warnings::add);
    }
    return merge(results, warnings);
  }

  private SourceResult run(Source source, Query query, Deadline deadline) {
    long start = System.nanoTime();
    SourceResult r;
    try {
      r = source.fetch(query, deadline);
    } catch (RuntimeException e) {
      r = SourceResult.failed(SourceStatus.UNAVAILABLE, "internal error: " + e);
    }
    SourceResult clean = clean(r);
    log.accept("source " + source.id() + ": " + clean.status().id() + ", " + clean.posts().size()
        + " posts in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + clean.detail());
    return clean;
  }

  private SourceResult await(Future<SourceResult> f, Deadline deadline) {
    try {
      return f.get(deadline.remaining().plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return SourceResult.failed(SourceStatus.TIMED_OUT, "no answer within " + deadline.budget());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      return SourceResult.failed(SourceStatus.TIMED_OUT, "interrupted");
    } catch (ExecutionException e) {
      return SourceResult.failed(SourceStatus.UNAVAILABLE, "internal error: " + e.getCause());
    }
  }

  private FetchedContext merge(SourceResult[] results, List<String> warnings) {
    List<Post> posts = new ArrayList<>();
    List<SourceReport> reports = new ArrayList<>();
    List<LiveSignals.DailyUse> history = new ArrayList<>();
    Set<String> trending = new LinkedHashSet<>();
    List<LiveSignals.Headline> headlines = new ArrayList<>();
    List<LiveSignals.Headline> events = new ArrayList<>();
    for (int i = 0; i < results.length; i++) {
      SourceResult r = results[i];
      reports.add(r.report(selected.get(i).source().id()));
      posts.addAll(r.posts());
      history.addAll(r.signals().history());
      trending.addAll(r.signals().trending());
      headlines.addAll(r.signals().headlines());
      events.addAll(r.signals().events());
      warnings.addAll(r.warnings());
    }
    LiveSignals signals = new LiveSignals(history, new ArrayList<>(trending), headlines, events);
    return new FetchedContext(posts, reports, signals, warnings);
  }

  /** The result with every string that came from the network cleaned. */
  private static SourceResult clean(SourceResult r) {
    List<Post> posts = r.posts().stream().map(Untrusted::post).toList();
    LiveSignals s = r.signals();
    LiveSignals signals = new LiveSignals(s.history(),
        s.trending().stream().map(Untrusted::field).toList(),
        s.headlines().stream().map(Untrusted::headline).toList(),
        s.events().stream().map(Untrusted::headline).toList());
    return new SourceResult(r.status(), Untrusted.field(r.detail()), posts, signals,
        r.warnings().stream().map(Untrusted::field).toList());
  }

  private static Source build(String id, SourceSetup setup) {
    return switch (id) {
      case MastodonSource.ID -> new MastodonSource(setup);
      case BlueskySource.ID -> new BlueskySource(setup);
      case RedditSource.ID -> new RedditSource(setup);
      case GdeltSource.ID -> new GdeltSource(setup);
      case WikipediaSource.ID -> new WikipediaSource(setup);
      default -> throw new IllegalArgumentException("unknown source " + id);
    };
  }

  private static void checkUrls(Config config, Source source) {
    for (String url : source.urls()) {
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        String file = config.file().map(f -> f + ": ").orElse("");
        throw HashvetException.input(file + "sources." + source.id() + ": '" + url
            + "' is not an http(s) URL");
      }
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "hashvet-" + name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Stops the pools and closes connections and the HTTP cache. */
  @Override
  public void close() {
    sourcePool.shutdownNow();
    requestPool.shutdownNow();
    http.close();
  }

  /** Builds a {@link LiveContextProvider}; every setting has a default. */
  public static final class Builder {
    private final Config config;
    private final Map<String, String> env;
    private final Clock clock;
    private Duration timeout = DEFAULT_TIMEOUT;
    private List<String> sources = List.of();
    private Optional<Path> cacheDir = Optional.empty();
    private Duration cacheTtl = CACHE_TTL;
    private Consumer<String> log = line -> { };
    private String userAgent = LiveContextProvider.userAgent("dev");
    private HttpPolicy policy;
    private int limitCap;

    private Builder(Config config, Map<String, String> env, Clock clock) {
      this.config = config;
      this.env = Map.copyOf(env);
      this.clock = clock;
    }

    /** The overall deadline of a check ({@code --timeout}); must be positive. */
    public Builder timeout(Duration d) {
      if (d.isZero() || d.isNegative()) {
        throw HashvetException.input("--timeout: must be more than 0 seconds");
      }
      this.timeout = d;
      return this;
    }

    /**
     * The sources to ask ({@code --sources}); items may hold commas. Empty means every source
     * that is on by default or in the config. A listed source is asked even when it is off by
     * default (it still needs its credentials).
     */
    public Builder sources(List<String> ids) {
      Set<String> out = new LinkedHashSet<>();
      for (String item : ids) {
        for (String part : item.split(",")) {
          String id = part.strip().toLowerCase(Locale.ROOT);
          if (id.isEmpty()) {
            continue;
          }
          if (!SOURCE_IDS.contains(id)) {
            throw HashvetException.input("--sources: unknown source '" + part.strip()
                + "' (known: " + String.join(", ", SOURCE_IDS) + ")");
          }
          out.add(id);
        }
      }
      this.sources = List.copyOf(out);
      return this;
    }

    /** Keep the HTTP cache and the sample cache under {@code dir}. */
    public Builder cacheDir(Path dir) {
      this.cacheDir = Optional.of(dir);
      return this;
    }

    /** No cache at all ({@code --no-cache}); the default. */
    public Builder noCache() {
      this.cacheDir = Optional.empty();
      return this;
    }

    /** How long a cached answer is used (default 10 minutes). */
    public Builder cacheTtl(Duration ttl) {
      this.cacheTtl = ttl;
      return this;
    }

    /** Where the {@code --verbose} log of requests goes (credentials redacted). */
    public Builder verbose(PrintWriter out) {
      this.log = line -> {
        synchronized (out) {
          out.println(line);
          out.flush();
        }
      };
      return this;
    }

    /** The User-Agent, see {@link #userAgent(String)}. */
    public Builder userAgent(String ua) {
      this.userAgent = ua;
      return this;
    }

    /** Replaces the default HTTP policy (tests use small caps and short backoffs). */
    public Builder httpPolicy(HttpPolicy p) {
      this.policy = p;
      return this;
    }

    /** Caps every source's post limit (a probe asks for a handful); 0 for no cap. */
    public Builder limitCap(int n) {
      this.limitCap = Math.max(0, n);
      return this;
    }

    public LiveContextProvider build() {
      return new LiveContextProvider(this);
    }
  }
}
