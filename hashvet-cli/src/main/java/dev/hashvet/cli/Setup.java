package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import dev.hashvet.OutputFiles;
import dev.hashvet.config.Codes;
import dev.hashvet.config.Config;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.fetch.ContextProvider;
import dev.hashvet.fetch.RecordingContextProvider;
import dev.hashvet.fetch.SampleContextProvider;
import dev.hashvet.fetch.SampleFile;
import dev.hashvet.fetch.SampleSet;
import dev.hashvet.vet.ContextPlan;
import dev.hashvet.vet.DateTimes;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.Vetter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the shared options and the config file into what a front end needs: the pipeline, the
 * context plan, defaults for regions, languages, date and --fail-on. Used by check, calendar and
 * shell, so they agree on every default.
 */
public final class Setup implements AutoCloseable {
  private final Env env;
  private final ContextOptions ctx;
  private final Config config;
  private final Optional<ZoneId> zone;
  private RecordingContextProvider recorder;
  private AutoCloseable live;
  private java.io.PrintWriter verboseLog;

  public Setup(Env env, ContextOptions ctx) {
    this.env = env;
    this.ctx = ctx;
    this.config = new ConfigLoader().load(Optional.ofNullable(ctx.config), env.workDir(), env.vars());
    this.zone = ctx.zone == null ? Optional.empty() : Optional.of(DateTimes.zone(ctx.zone, "--zone"));
    if (ctx.offline && ctx.sample != null) {
      throw HashvetException.input("--offline and --sample cannot be used together",
          "--sample already means no network; drop --offline");
    }
    if (ctx.offline && ctx.record != null) {
      throw HashvetException.input("--record needs fetched context; it cannot be used with --offline");
    }
    if (!(ctx.timeout > 0) || ctx.timeout > 600) {
      throw HashvetException.input("--timeout: must be between 0 and 600 seconds, not " + ctx.timeout);
    }
  }

  public Config config() {
    return config;
  }

  /** The rule folders: the config's, then --rules. */
  public List<Path> ruleDirs() {
    return ruleDirs(config, ctx.ruleDirs, env.workDir());
  }

  /** The config's rule folders, then {@code extra} (--rules) resolved against {@code workDir}. */
  static List<Path> ruleDirs(Config config, List<Path> extra, Path workDir) {
    List<Path> dirs = new ArrayList<>(config.ruleDirs());
    for (Path p : extra) {
      dirs.add(workDir.resolve(p).normalize());
    }
    return dirs;
  }

  public Pipeline pipeline() {
    return Pipeline.load(env.rules(), ruleDirs());
  }

  /** --region, else the config's regions, else global (empty). */
  public List<String> regions() {
    if (!ctx.regions.isEmpty()) {
      return Codes.regions(ctx.regions, "--region");
    }
    return config.regions();
  }

  public List<String> languages() {
    if (!ctx.languages.isEmpty()) {
      return Codes.languages(ctx.languages, "--lang");
    }
    return config.languages();
  }

  public Optional<ZoneId> zone() {
    return zone;
  }

  /**
   * --at: a local time is in --zone, else in the first market's zone, else UTC; without --at, now
   * in --zone or the clock's zone.
   */
  public ZonedDateTime at() {
    if (ctx.at != null) {
      return DateTimes.parse(ctx.at, Optional.of(DateTimes.localZone(zone, regions())), "--at");
    }
    ZoneId z = zone.orElse(env.clock().getZone());
    return ZonedDateTime.now(env.clock()).withZoneSameInstant(z).withNano(0);
  }

  public FailOn failOn(OutputOptions out) {
    if (out.failOn != null) {
      return FailOn.parse(out.failOn, "--fail-on");
    }
    return config.failOn().map(s -> FailOn.parse(s, "fail_on")).orElse(FailOn.BLOCK);
  }

  /** The context plan from --offline, --sample or the live sources, wrapped for --record. */
  public ContextPlan plan() {
    if (ctx.offline) {
      return ContextPlan.OFFLINE;
    }
    ContextPlan plan;
    if (ctx.sample != null) {
      Path file = env.workDir().resolve(ctx.sample);
      SampleSet samples = new SampleFile().read(file);
      plan = ContextPlan.sample(new SampleContextProvider(samples, ctx.sample.toString()));
    } else {
      ContextProvider provider = LiveSources.provider(env, config, ctx.sources,
          Duration.ofMillis(Math.round(ctx.timeout * 1000)), ctx.noCache, verboseLog);
      if (provider instanceof AutoCloseable c) {
        live = c;
      }
      plan = ContextPlan.live(provider);
    }
    if (ctx.record == null) {
      return plan;
    }
    recorder = new RecordingContextProvider(plan.provider().get());
    return new ContextPlan(plan.mode(), Optional.of((ContextProvider) recorder), plan.required());
  }

  public Vetter vetter(Pipeline pipeline, ContextPlan plan) {
    return pipeline.vetter(plan, config.allow(), config.profile(), env.clock());
  }

  /** With --verbose: where the live sources log their requests (credentials redacted). */
  public Setup verbose(java.io.PrintWriter log) {
    this.verboseLog = log;
    return this;
  }

  /** Stops the live sources' pools and closes their connections and cache. */
  @Override
  public void close() {
    if (live != null) {
      try {
        live.close();
      } catch (Exception e) {
        // Closing is best effort: the answer is already out.
      }
      live = null;
    }
  }

  /**
   * The files this run reads besides the rules: the config, the --sample, and {@code more} (the
   * calendars, --baseline, --file), which a write must never replace.
   */
  public List<Path> inputs(List<Path> more) {
    List<Path> out = new ArrayList<>();
    config.file().ifPresent(out::add);
    if (ctx.sample != null) {
      out.add(env.workDir().resolve(ctx.sample));
    }
    more.forEach(p -> out.add(env.workDir().resolve(p)));
    return out;
  }

  /** Fails (exit 2) before the run when --record names one of {@code inputs} or a link. */
  public void checkRecording(List<Path> inputs) {
    if (ctx.record != null) {
      OutputFiles.check(env.workDir().resolve(ctx.record), "--record " + ctx.record, inputs);
    }
  }

  /**
   * Writes what was fetched to the --record file, if one was given: atomically, replacing an
   * older recording of that name, never one of {@code inputs}.
   */
  public void writeRecording(List<Path> inputs) {
    if (recorder == null) {
      return;
    }
    OutputFiles.write(env.workDir().resolve(ctx.record), "--record " + ctx.record, inputs,
        w -> new SampleFile().write(recorder.samples(env.clock().instant().toString()), w));
  }
}
