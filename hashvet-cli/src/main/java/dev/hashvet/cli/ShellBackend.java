package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.shell.Backend;
import dev.hashvet.shell.Settings;
import dev.hashvet.shell.Vetting;
import dev.hashvet.vet.ContextPlan;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.Submission;
import dev.hashvet.vet.VetResult;
import dev.hashvet.vet.Vetter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The shell's way into hashvet: each change of settings goes through {@link Setup} exactly as
 * {@code check}'s options do, and each entry through the {@link Vetter} of the one {@link Pipeline}
 * loaded when the shell started. The context plan (and with it an open recording) is kept while the
 * context settings stay the same.
 */
public final class ShellBackend implements Backend {
  /** The sources the shell offers besides those named in the config. */
  static final List<String> KNOWN_SOURCES =
      List.of("mastodon", "bluesky", "reddit", "news", "wikipedia");

  /** Options a line may set, and the session command each becomes, in help order. */
  private static final List<Map.Entry<String, String>> SETTABLE =
      List.of(
          Map.entry("--region", ":region"),
          Map.entry("--at", ":at"),
          Map.entry("--zone", ":zone"),
          Map.entry("--lang", ":lang"),
          Map.entry("--sources", ":sources"),
          Map.entry("--offline", ":offline"),
          Map.entry("--sample", ":sample"),
          Map.entry("--record", ":record"),
          Map.entry("--format", ":format"));

  private final Env env;
  private final ContextOptions base;
  private final OutputOptions output;
  private final Pipeline pipeline;
  private final List<String> sourceIds;
  private ContextKey key;
  private Prepared current;

  ShellBackend(
      Env env,
      ContextOptions base,
      OutputOptions output,
      Pipeline pipeline,
      Set<String> configuredSources) {
    this.env = env;
    this.base = base;
    this.output = output;
    this.pipeline = pipeline;
    Set<String> ids = new LinkedHashSet<>(KNOWN_SOURCES);
    ids.addAll(configuredSources);
    this.sourceIds = List.copyOf(ids);
  }

  /**
   * The backend {@code hashvet shell ARGS} makes, with the settings its options give; for tests and
   * for embedding the shell. Throws {@link HashvetException} for bad options.
   */
  public static Started start(Env env, String... args) {
    Options o = new Options();
    try {
      new CommandLine(o).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw HashvetException.input(e.getMessage());
    }
    Setup setup = new Setup(env, o.context);
    ShellBackend backend =
        new ShellBackend(
            env, o.context, o.output, setup.pipeline(), setup.config().sources().keySet());
    return new Started(backend, settings(o.context, o.output));
  }

  /** A backend and the settings the shell starts with. */
  public record Started(ShellBackend backend, Settings settings) {}

  /** The session settings that the shell's command-line options give. */
  static Settings settings(ContextOptions c, OutputOptions o) {
    if (o.format != OutputOptions.Format.text && o.format != OutputOptions.Format.json) {
      throw HashvetException.input(
          "--format: the shell shows text or json, not " + o.format,
          "for " + o.format + " use 'hashvet check' or 'hashvet calendar'");
    }
    return new Settings(
        c.at == null ? "" : c.at,
        c.zone == null ? "" : c.zone,
        c.regions,
        c.languages,
        c.sources,
        c.offline,
        c.sample == null ? "" : c.sample.toString(),
        c.record == null ? "" : c.record.toString(),
        o.format.name());
  }

  @Override
  public Vetting prepare(Settings s) {
    ContextOptions c = options(s);
    Setup setup = new Setup(env, c);
    List<String> regions = setup.regions();
    List<String> languages = setup.languages();
    setup.at();
    FailOn failOn = setup.failOn(output);
    ContextKey k = new ContextKey(s.offline(), s.sample(), s.record(), s.sources());
    if (current == null || !k.equals(key)) {
      ContextPlan plan = setup.plan();
      current =
          new Prepared(
              setup, setup.vetter(pipeline, plan), plan.mode(), regions, languages, failOn);
      key = k;
      return current;
    }
    return new Prepared(
        setup, current.vetter, current.mode, regions, languages, failOn, current.recorder);
  }

  @Override
  public RuleBook rules() {
    return pipeline.book();
  }

  @Override
  public List<String> sourceIds() {
    return sourceIds;
  }

  @Override
  public Map<String, String> options() {
    CommandLine cl = new CommandLine(new Options());
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : SETTABLE) {
      String name = e.getKey();
      OptionSpec o = cl.getCommandSpec().findOption(name);
      out.put(
          name,
          o.description().length == 0
              ? ""
              : o.description()[0]
                  .replace("${COMPLETION-CANDIDATES}", "text, json")
                  .replace(" (default ${DEFAULT-VALUE})", ""));
    }
    return out;
  }

  @Override
  public List<List<String>> commandsFor(List<String> args) {
    ParseResult pr;
    try {
      pr = new CommandLine(new Options()).parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw HashvetException.input(e.getMessage(), "Tab after -- lists the options");
    }
    if (!pr.matchedPositionals().isEmpty()) {
      throw HashvetException.input(
          "a line of options takes no text: '"
              + String.join(" ", pr.matchedPositionals().get(0).stringValues())
              + "'",
          "vet a post on its own line");
    }
    List<List<String>> out = new ArrayList<>();
    for (OptionSpec o : pr.matchedOptions()) {
      String command =
          SETTABLE.stream()
              .filter(e -> e.getKey().equals(o.longestName()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElseThrow(
                  () ->
                      HashvetException.input(
                          o.longestName() + " can only be given when the shell starts",
                          "leave and run 'hashvet shell " + o.longestName() + " ...'"));
      out.add(
          o.arity().max() == 0
              ? List.of(command, "on")
              : List.of(command, String.join(",", o.stringValues())));
    }
    return out;
  }

  /** The shell's startup options with {@code s} applied. */
  private ContextOptions options(Settings s) {
    ContextOptions c = new ContextOptions();
    c.at = s.at().isEmpty() ? null : s.at();
    c.zone = s.zone().isEmpty() ? null : s.zone();
    c.regions = new ArrayList<>(s.regions());
    c.languages = new ArrayList<>(s.languages());
    c.sources = new ArrayList<>(s.sources());
    c.offline = s.offline();
    c.timeout = base.timeout;
    c.sample = s.sample().isEmpty() ? null : Path.of(s.sample());
    c.record = s.record().isEmpty() ? null : Path.of(s.record());
    c.noCache = base.noCache;
    c.config = base.config;
    c.ruleDirs = new ArrayList<>(base.ruleDirs);
    return c;
  }

  /** The settings that decide where context comes from. */
  private record ContextKey(boolean offline, String sample, String record, List<String> sources) {}

  /** Settings made ready: the publish time is read from the clock at each entry. */
  private static final class Prepared implements Vetting {
    final Setup setup;
    final Vetter vetter;
    final String mode;
    final List<String> regions;
    final List<String> languages;
    final FailOn failOn;

    /** The setup that made the context plan: it holds the recording, if one is on. */
    final Setup recorder;

    Prepared(
        Setup setup,
        Vetter vetter,
        String mode,
        List<String> regions,
        List<String> languages,
        FailOn failOn) {
      this(setup, vetter, mode, regions, languages, failOn, setup);
    }

    Prepared(
        Setup setup,
        Vetter vetter,
        String mode,
        List<String> regions,
        List<String> languages,
        FailOn failOn,
        Setup recorder) {
      this.setup = setup;
      this.vetter = vetter;
      this.mode = mode;
      this.regions = List.copyOf(regions);
      this.languages = List.copyOf(languages);
      this.failOn = failOn;
      this.recorder = recorder;
    }

    @Override
    public ZonedDateTime at() {
      return setup.at();
    }

    @Override
    public List<String> regions() {
      return regions;
    }

    @Override
    public List<String> languages() {
      return languages;
    }

    @Override
    public String mode() {
      return mode;
    }

    @Override
    public FailOn failOn() {
      return failOn;
    }

    @Override
    public VetResult vet(String text) {
      VetResult r = vetter.vet(new Submission(text, setup.at(), regions, languages));
      recorder.writeRecording(recorder.inputs(List.of()));
      return r;
    }
  }

  /** The options a line may carry: the same mixins as check. */
  @Command(name = "options")
  static final class Options {
    @Mixin ContextOptions context = new ContextOptions();
    @Mixin OutputOptions output = new OutputOptions();
  }
}
