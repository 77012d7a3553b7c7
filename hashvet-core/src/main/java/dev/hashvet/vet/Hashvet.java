package dev.hashvet.vet;

import dev.hashvet.HashvetException;
import dev.hashvet.config.Config;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.fetch.ContextProvider;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.fetch.SampleContextProvider;
import dev.hashvet.fetch.SampleFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * hashvet as a library: a vetter built from a config, a context plan and a clock, which vets
 * {@link Submission}s into {@link VetResult}s (verdict, findings with their evidence, the context
 * used). The command line, the shell and the Kafka Streams application build theirs the same way.
 *
 * <pre>{@code
 * try (Hashvet hashvet = Hashvet.builder()
 *     .config(Path.of(".hashvet.yml"))          // optional: regions, rules, allow list, brand
 *     .sample(Path.of("notguilty-verdict.jsonl")) // or .offline() (default) or .live(env, timeout)
 *     .clock(Clock.systemUTC())
 *     .build()) {
 *   VetResult r = hashvet.vet(new Submission("Who's #notguilty about dessert?",
 *       ZonedDateTime.parse("2011-07-05T15:00:00-04:00"), List.of("US"), List.of()));
 *   if (r.verdict() == Verdict.BLOCK) {
 *     Finding f = r.findings().get(0);
 *     if (f.evidence() instanceof ContextShare c) {   // the evidence is typed, one record per kind
 *       System.out.println(f.rule() + ": " + f.message() + " (" + c.posts() + " posts)");
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Loading the rule book and the word models takes about a second; build one {@code Hashvet} (or
 * one {@link Pipeline} shared through {@link Builder#pipeline}) and reuse it. {@link #vet} is safe
 * to call from several threads. Bad input (an empty post, a malformed config) throws {@link
 * HashvetException} with the contract's exit code.
 */
public final class Hashvet implements AutoCloseable {
  private final Config config;
  private final Pipeline pipeline;
  private final ContextPlan plan;
  private final Vetter vetter;
  private final Optional<AutoCloseable> resources;

  private Hashvet(Config config, Pipeline pipeline, ContextPlan plan, Clock clock,
      Optional<AutoCloseable> resources) {
    this.config = config;
    this.pipeline = pipeline;
    this.plan = plan;
    this.vetter = pipeline.vetter(plan, config.allow(), config.profile(), clock);
    this.resources = resources;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Vets one submission with this instance's config, context plan and clock. */
  public VetResult vet(Submission submission) {
    return vetter.vet(submission);
  }

  /** The vetter behind {@link #vet}, for code that takes one (the calendar runner). */
  public Vetter vetter() {
    return vetter;
  }

  public Config config() {
    return config;
  }

  /** The loaded rule book and text models, to share with other instances. */
  public Pipeline pipeline() {
    return pipeline;
  }

  public ContextPlan plan() {
    return plan;
  }

  /** Stops the live sources' pools and closes their connections and cache (if live). */
  @Override
  public void close() {
    resources.ifPresent(r -> {
      try {
        r.close();
      } catch (Exception e) {
        // Closing is best effort: every answer is already out.
      }
    });
  }

  /** Builds a {@link Hashvet}: offline, no config file and the system clock unless told. */
  public static final class Builder {
    private Config config = Config.DEFAULT;
    private final List<Path> extraRules = new ArrayList<>();
    private Pipeline pipeline;
    private Clock clock = Clock.systemDefaultZone();
    private ContextPlan plan = ContextPlan.OFFLINE;
    private LiveSettings live;

    private record LiveSettings(Map<String, String> env, Duration timeout, String userAgent) {}

    private Builder() {}

    /** Settings already read (regions, languages, rule folders, allow list, sources, brand). */
    public Builder config(Config c) {
      this.config = c;
      return this;
    }

    /** Reads a {@code .hashvet.yml}; a missing or malformed file is bad input. */
    public Builder config(Path file) {
      return config(new ConfigLoader().read(file));
    }

    /** More rule folders, after the config's. */
    public Builder rules(List<Path> dirs) {
      extraRules.addAll(dirs);
      return this;
    }

    /** A pipeline already loaded (by another instance): the config's rule folders are not read. */
    public Builder pipeline(Pipeline p) {
      this.pipeline = p;
      return this;
    }

    /** Where "now" comes from (allow-list expiry, live queries). */
    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    /** No context: text, tag, date and region rules only (the default). */
    public Builder offline() {
      this.plan = ContextPlan.OFFLINE;
      this.live = null;
      return this;
    }

    /** A recorded sample file (JSON Lines, docs/sample-format.md) as every tag's context. */
    public Builder sample(Path file) {
      return context(ContextPlan.sample(
          new SampleContextProvider(new SampleFile().read(file), file.toString())));
    }

    /** Any context provider, as sampled context (no answer is not an error). */
    public Builder context(ContextProvider provider) {
      return context(ContextPlan.sample(provider));
    }

    /** A context plan of your own (e.g. {@link ContextPlan#live} around your provider). */
    public Builder context(ContextPlan p) {
      this.plan = p;
      this.live = null;
      return this;
    }

    /**
     * The live sources of the config ({@code sources:}), credentials from {@code env} (the
     * variables the sources read, see docs/sources.md), each check within {@code timeout}; no
     * source answering means "could not vet".
     */
    public Builder live(Map<String, String> env, Duration timeout) {
      this.live = new LiveSettings(Map.copyOf(env), timeout,
          LiveContextProvider.userAgent(version()));
      return this;
    }

    public Hashvet build() {
      Pipeline p = pipeline;
      if (p == null) {
        List<Path> dirs = new ArrayList<>(config.ruleDirs());
        dirs.addAll(extraRules);
        p = Pipeline.load(dirs);
      }
      if (live == null) {
        return new Hashvet(config, p, plan, clock, Optional.empty());
      }
      LiveContextProvider.Builder b = LiveContextProvider.builder(config, live.env(), clock)
          .userAgent(live.userAgent())
          .timeout(live.timeout());
      LiveContextProvider.defaultCacheDir(live.env()).ifPresent(b::cacheDir);
      LiveContextProvider provider = b.build();
      return new Hashvet(config, p, ContextPlan.live(provider), clock, Optional.of(provider));
    }

    private static String version() {
      String v = Hashvet.class.getPackage().getImplementationVersion();
      return v == null ? "dev" : v;
    }
  }
}
