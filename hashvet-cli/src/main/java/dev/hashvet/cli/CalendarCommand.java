package dev.hashvet.cli;

import dev.hashvet.InputFiles;
import dev.hashvet.OutputFiles;
import dev.hashvet.HashvetException;
import dev.hashvet.calendar.Baseline;
import dev.hashvet.calendar.CalendarFormat;
import dev.hashvet.calendar.CalendarRunner;
import dev.hashvet.calendar.Columns;
import dev.hashvet.calendar.RowParser;
import dev.hashvet.report.Progress;
import dev.hashvet.report.ProgressBar;
import dev.hashvet.report.RuleInfo;
import dev.hashvet.report.Run;
import dev.hashvet.report.RunInfo;
import dev.hashvet.report.RunSummary;
import dev.hashvet.report.RunWriter;
import dev.hashvet.vet.ContextCache;
import dev.hashvet.vet.ContextPlan;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.Vetter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hashvet calendar}: vets every row of campaign calendars. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Vets every row of campaign calendars (CSV with a header row, JSON or YAML lists).",
      "Each row is vetted at its own publish_at, timezone, regions and languages; one result per"
          + " row, in input order. Bad rows are reported with their line; every other row is still"
          + " vetted."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hashvet calendar examples/calendar/campaign.csv --offline",
      "  hashvet calendar plan.csv --sample tag-sample.jsonl --format sarif > hashvet.sarif",
      "  hashvet calendar plans/*.yaml --format junit --fail-on review > hashvet-junit.xml",
      "  hashvet calendar plan.csv --offline --write-baseline .hashvet-baseline.json",
      "  hashvet calendar plan.csv --offline --baseline .hashvet-baseline.json",
      "  hashvet calendar plan.csv --offline --report sarif=hashvet.sarif --report markdown=sum.md",
      "",
      "Keys: id, publish_at (required, ISO-8601), timezone, regions (US;IN), languages,",
      "channel, text (required), ignore (rule ids accepted for the row, date.* for a family)",
      "and ignore_reason. Export names are read too: Date and Time, Copy, Post,",
      "Caption or Message, Market or Country (codes or names: India;Australia),",
      "Language; --columns maps any other. Other columns are named in a note and",
      "carried through untouched.",
      "",
      "Exit codes: 0 nothing at or above --fail-on, 1 at least one row, 2 a bad row or bad",
      "input (the good rows are still reported), 3 could not vet (no live source answered)."
    })
final class CalendarCommand implements Callable<Integer> {
  /** Bad rows echoed on stderr for machine formats (all are in the report). */
  private static final int ERRORS_ON_STDERR = 20;

  /** Distinct tags fetched at once from the live sources. */
  private static final int FETCH_PARALLEL = 4;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Calendar files: .csv, .json, .yaml/.yml (or see --input-format).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FMT",
      description = "Read every FILE as csv, json or yaml, whatever its extension.")
  String inputFormat;

  @Option(names = "--columns", paramLabel = "KEY=COLUMN,...",
      description = "Read these columns as these keys, e.g. --columns text=Body,publish_at=When"
          + " (keys: id, publish_at, time, timezone, regions, languages, channel, text, ignore,"
          + " ignore_reason).")
  String columns;

  @Option(names = "--date-format", paramLabel = "PATTERN",
      description = "How local dates are written: MM/dd/yyyy, dd/MM/yyyy, 'dd/MM/yyyy HH:mm' (ISO"
          + " dates are read too). Without it, 12/24/2026 and 24/12/2026 are read; 03/04/2027 is"
          + " an error for its row.")
  String dateFormat;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Accept the findings recorded in FILE: fail only on new ones (and say how"
          + " many were accepted).")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record every review and block finding of this run in FILE (and accept them"
          + " for this run).")
  Path writeBaseline;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Rows vetted at once (default: the number of processors; 8 with live"
          + " sources).")
  Integer jobs;

  @Option(names = "--report", paramLabel = "FMT=FILE",
      description = "Also write this run's report in FMT to FILE (repeatable): one run, several"
          + " formats, e.g. --report sarif=hashvet.sarif --report markdown=summary.md.")
  Map<OutputOptions.Format, Path> reports = new LinkedHashMap<>();

  @Option(names = "--no-progress", description = "No progress bar (it shows only on a terminal).")
  boolean noProgress;

  @Mixin ContextOptions context;
  @Mixin OutputOptions output;

  private final Env env;

  CalendarCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    if (context.at != null) {
      throw HashvetException.input("--at does not apply to calendar: every row carries its own"
          + " publish_at", "use --zone for rows whose publish_at has no offset or zone");
    }
    if (jobs != null && (jobs < 1 || jobs > 64)) {
      throw HashvetException.input("--jobs: must be between 1 and 64, not " + jobs);
    }
    Optional<CalendarFormat> format = Optional.ofNullable(inputFormat).map(CalendarFormat::parse);
    Columns mapping = columns == null ? Columns.STANDARD : Columns.parse(columns);
    List<CalendarRunner.Source> sources = sources(format, mapping);
    try (Setup setup = new Setup(env, context)) {
      if (output.verbose) {
        setup.verbose(spec.commandLine().getErr());
      }
      return run(setup, sources, started);
    }
  }

  private int run(Setup setup, List<CalendarRunner.Source> sources, long started) {
    List<Path> inputs = setup.inputs(sources.stream().map(CalendarRunner.Source::path).toList());
    setup.checkRecording(baseline == null ? inputs : plus(inputs, baseline));
    if (writeBaseline != null) {
      // --baseline and --write-baseline may name one file: that refreshes it (reasons are kept).
      OutputFiles.check(env.workDir().resolve(writeBaseline), "--write-baseline " + writeBaseline,
          inputs);
    }
    FailOn failOn = setup.failOn(output);
    Optional<Baseline> accepted = Optional.ofNullable(baseline)
        .map(b -> Baseline.read(env.workDir().resolve(b), label(b)));
    Pipeline pipeline = setup.pipeline();
    ContextPlan plan = shared(setup.plan());
    Vetter vetter = setup.vetter(pipeline, plan);
    RowParser parser = new RowParser(setup.regions(), setup.languages(), setup.zone(),
        pipeline.book().rules().stream().map(r -> r.id()).toList(),
        Optional.ofNullable(dateFormat));
    int threads = jobs != null ? jobs
        : plan.mode().equals("live") ? 8 : Runtime.getRuntime().availableProcessors();
    CalendarRunner runner = CalendarRunner.withBaseline(vetter, parser, env.clock(), threads,
        plan.mode(), setup.config().allow(), accepted,
        Optional.ofNullable(writeBaseline).map(env.workDir()::resolve),
        writeBaseline == null ? "" : label(writeBaseline));
    if (output.verbose) {
      runner = runner.timed();
    }
    RunInfo info = new RunInfo("calendar", failOn,
        sources.stream().map(CalendarRunner.Source::label).toList(),
        pipeline.book().rules().stream().map(RuleInfo::of).toList(), Version.current(),
        plan.mode(), accepted.isPresent() || writeBaseline != null);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = env.terminal() && !noProgress && !output.quiet
        ? new ProgressBar(err, env.width(), System::nanoTime)
        : Progress.NONE;
    long ready = System.nanoTime();
    List<Run.RowError> firstErrors = new ArrayList<>();
    RunWriter writer = keepingErrors(ReportFiles.with(Reports.writer(output, env, out), reports,
        output, env, files), firstErrors);
    CalendarRunner.Outcome outcome = runner.run(sources, info, writer, progress);
    setup.writeRecording(inputs);
    tellStderr(outcome.summary(), firstErrors, err);
    if (output.verbose) {
      timings(outcome.timings(), ready - started, err);
    }
    return outcome.summary().exitCode();
  }

  private List<CalendarRunner.Source> sources(Optional<CalendarFormat> format, Columns mapping) {
    List<CalendarRunner.Source> out = new ArrayList<>();
    for (Path f : files) {
      Path path = env.workDir().resolve(f);
      String label = label(f);
      InputFiles.checkRegular(path, label);
      if (!Files.isReadable(path)) {
        throw HashvetException.input(label + ": cannot read the file (permission denied)");
      }
      out.add(new CalendarRunner.Source(label, path, CalendarFormat.of(label, format), mapping));
    }
    return out;
  }

  private List<Path> plus(List<Path> inputs, Path more) {
    List<Path> out = new ArrayList<>(inputs);
    out.add(env.workDir().resolve(more));
    return out;
  }

  /** The name reports use for a file: as given, normalised, with forward slashes. */
  private static String label(Path p) {
    return p.normalize().toString().replace('\\', '/');
  }

  /** Each distinct tag is fetched once for the whole run, a few at a time. */
  private static ContextPlan shared(ContextPlan plan) {
    if (plan.provider().isEmpty()) {
      return plan;
    }
    return new ContextPlan(plan.mode(),
        Optional.of(new ContextCache(plan.provider().get(), FETCH_PARALLEL)), plan.required());
  }

  /** Passes everything to {@code w}, keeping the first bad rows for {@link #tellStderr}. */
  private static RunWriter keepingErrors(RunWriter w, List<Run.RowError> kept) {
    return new RunWriter() {
      @Override
      public void begin(RunInfo info) {
        w.begin(info);
      }

      @Override
      public void row(Run.Row row) {
        w.row(row);
      }

      @Override
      public void error(Run.RowError e) {
        if (kept.size() < ERRORS_ON_STDERR) {
          kept.add(e);
        }
        w.error(e);
      }

      @Override
      public void end(RunSummary summary) {
        w.end(summary);
      }
    };
  }

  /**
   * Bad rows and rows that could not be vetted, on stderr: the first few by line for machine
   * formats (a CI log shows stderr; the report on stdout has them all), a count for text.
   */
  private void tellStderr(RunSummary s, List<Run.RowError> first, PrintWriter err) {
    if (output.format != OutputOptions.Format.text) {
      for (Run.RowError e : first) {
        err.println("error: " + e.file() + ":" + e.line() + ": " + Cli.oneLine(e.message()));
      }
    }
    if (s.errors() > 0 && s.errors() == s.rows()) {
      err.println("error: no row could be read or vetted (see the report's errors)");
    } else if (s.errors() > 0) {
      err.println("error: " + s.errors() + " of " + s.rows() + " rows could not be read or vetted;"
          + " the other rows were vetted (see the report's errors)");
    }
    if (s.notVetted() > 0) {
      err.println("error: could not vet " + s.notVetted() + " rows: no live source answered; use"
          + " --sample FILE to replay a recorded context or --offline for text rules only");
    }
    err.flush();
  }

  private static void timings(CalendarRunner.Timings t, long setupNanos, PrintWriter err) {
    // The JVM's own clock of its start (a process's start time from the system is only good to
    // the second).
    long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    double wall = t.wallNanos() / 1e9;
    err.println(String.format(Locale.ROOT,
        "timing: JVM up %.0f ms so far; setup (config, rules, models) %.0f ms;"
            + " %d rows in %.0f ms (%,.0f rows/s): read+parse %.0f ms, vet %.0f ms"
            + " (summed over threads), write %.0f ms",
        jvm / 1e6, setupNanos / 1e6, t.rows(), t.wallNanos() / 1e6,
        wall > 0 ? t.rows() / wall : 0, t.readNanos() / 1e6, t.vetNanos() / 1e6,
        t.writeNanos() / 1e6));
  }
}
