package dev.hashvet.calendar;

import dev.hashvet.InputFiles;
import dev.hashvet.HashvetException;
import dev.hashvet.config.AllowEntry;
import dev.hashvet.report.Progress;
import dev.hashvet.report.Run;
import dev.hashvet.report.RunInfo;
import dev.hashvet.report.RunSummary;
import dev.hashvet.report.RunWriter;
import dev.hashvet.report.Tally;
import dev.hashvet.vet.VetResult;
import dev.hashvet.vet.Vetter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Vets every row of one or more calendars and hands the results to a {@link RunWriter} in input
 * order. Rows stream: the reader reads ahead of the vetting by at most a bounded window, rows are
 * vetted on {@code jobs} threads, and each result is written and dropped as soon as the rows
 * before it are done, so memory stays flat however long the calendar is. A bad row becomes an
 * error for that row and every other row is still vetted.
 */
public final class CalendarRunner {
  /** Rows further than this from the clock get a note that live context reflects today. */
  static final Duration FAR = Duration.ofDays(7);

  /** Rows read ahead of the oldest row still being vetted, per thread. */
  private static final int WINDOW_PER_JOB = 64;

  /**
   * A calendar file to read.
   *
   * @param label the name in reports (as given on the command line)
   * @param path where it is
   * @param format how to read it
   * @param columns which key each column holds (--columns)
   */
  public record Source(String label, Path path, CalendarFormat format, Columns columns) {
    /** A file read with the standard column names. */
    public Source(String label, Path path, CalendarFormat format) {
      this(label, path, format, Columns.STANDARD);
    }
  }

  /**
   * Where the time went, for --verbose and the bench: processor time of each stage (so a busy
   * machine does not blur the split), and the wall time of the whole run. The processor times are
   * 0 unless the runner is {@link #timed}.
   *
   * @param rows rows read
   * @param readNanos reading and parsing the files (CPU)
   * @param vetNanos vetting, summed over threads: text analysis, context, rules (CPU)
   * @param writeNanos writing the report (CPU)
   * @param wallNanos the whole run, start to end (wall clock)
   */
  public record Timings(int rows, long readNanos, long vetNanos, long writeNanos, long wallNanos) {}

  /**
   * The outcome of a run.
   *
   * @param summary the counts and notes (also given to the writer)
   * @param timings where the time went
   */
  public record Outcome(RunSummary summary, Timings timings) {}

  private final Vetter vetter;
  private final RowParser parser;
  private final Clock clock;
  private final int jobs;
  private final String mode;
  private final List<AllowEntry> allow;
  private final BaselineFilter baseline;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final boolean cpuTime;

  /**
   * @param vetter vets one row (share its context provider through a {@link
   *     dev.hashvet.vet.ContextCache} so each tag is fetched once)
   * @param parser checks rows and applies the command line's defaults
   * @param clock the run's clock
   * @param jobs rows vetted at once (1 vets on the calling thread)
   * @param mode the context mode ("live", "sample" or "offline")
   * @param allow the config's allow list (for its expired entries)
   * @param baseline the baseline to apply or write
   * @param timed whether to measure each stage's processor time
   */
  CalendarRunner(Vetter vetter, RowParser parser, Clock clock, int jobs, String mode,
      List<AllowEntry> allow, BaselineFilter baseline, boolean timed) {
    this.vetter = vetter;
    this.parser = parser;
    this.clock = clock;
    this.jobs = Math.max(1, jobs);
    this.mode = mode;
    this.allow = List.copyOf(allow);
    this.baseline = baseline;
    this.cpuTime = timed && threads.isCurrentThreadCpuTimeSupported();
  }

  /** A runner with no baseline. */
  public static CalendarRunner of(Vetter vetter, RowParser parser, Clock clock, int jobs,
      String mode, List<AllowEntry> allow) {
    return new CalendarRunner(vetter, parser, clock, jobs, mode, allow,
        BaselineFilter.none(clock), false);
  }

  /**
   * A runner applying the baseline read from {@code baselineFile} (if given) and writing a new one
   * to {@code writeFile} (if given).
   */
  public static CalendarRunner withBaseline(Vetter vetter, RowParser parser, Clock clock, int jobs,
      String mode, List<AllowEntry> allow, Optional<Baseline> baseline, Optional<Path> writeFile,
      String writeLabel) {
    return new CalendarRunner(vetter, parser, clock, jobs, mode, allow,
        new BaselineFilter(baseline, writeFile, writeLabel, clock), false);
  }

  /**
   * The same runner, measuring the processor time of reading, vetting and writing for {@link
   * Outcome#timings} (--verbose). Off otherwise: a thread's processor time is a system call, six
   * per row, which cost some 0.1 s of processor time on 10,000 rows.
   */
  public CalendarRunner timed() {
    return new CalendarRunner(vetter, parser, clock, jobs, mode, allow, baseline, true);
  }

  /** The result of one row's work. */
  private sealed interface Item permits Done, Failed {}

  private record Done(CalendarRow row, VetResult result) implements Item {}

  private record Failed(BadRow bad) implements Item {}

  /** Reads, vets and reports every row of {@code sources}; writes the baseline if asked. */
  public Outcome run(List<Source> sources, RunInfo info, RunWriter out, Progress progress) {
    long start = System.nanoTime();
    long total = 0;
    for (Source s : sources) {
      InputFiles.checkRegular(s.path(), s.label());
      try {
        total += Files.size(s.path());
      } catch (IOException e) {
        throw HashvetException.input(s.label() + ": cannot read: " + e.getMessage());
      }
    }
    Tally tally = new Tally(info.failOn());
    AtomicLong vetNanos = new AtomicLong();
    long readNanos = 0;
    long writeNanos = 0;
    int future = 0;
    ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs, daemons()) : null;
    ArrayDeque<Future<Item>> window = new ArrayDeque<>();
    int max = jobs * WINDOW_PER_JOB;
    long bytesBefore = 0;
    List<String> unusedNotes = new ArrayList<>();
    long w0 = cpu();
    out.begin(info);
    writeNanos += cpu() - w0;
    try {
      for (Source s : sources) {
        try (InputStream in = InputFiles.open(s.path(), s.label(), InputFiles.CALENDAR);
            CalendarReader reader = s.format().reader(s.label(), in, s.columns())) {
          int entries = 0;
          while (true) {
            long r0 = cpu();
            Entry e = reader.next();
            readNanos += cpu() - r0;
            if (e == null && entries == 0) {
              // An empty file is a mistake (a wrong export, a wrong name), never "0 rows, PASS".
              e = new BadRow(s.label(), 1, "no rows: the file is empty or holds only a header");
            }
            if (e == null) {
              break;
            }
            entries++;
            window.add(submit(pool, e, vetNanos));
            while (window.size() >= max) {
              Item item = take(window);
              long t = cpu();
              future += emit(item, out, tally);
              writeNanos += cpu() - t;
              progress.update(tally.rows(), bytesBefore + reader.bytesRead(), total);
            }
          }
          bytesBefore += reader.bytesRead();
          unused(s.label(), reader.unused()).ifPresent(unusedNotes::add);
        } catch (IOException e) {
          throw HashvetException.input(s.label() + ": cannot read: " + e.getMessage());
        }
      }
      while (!window.isEmpty()) {
        Item item = take(window);
        long t = cpu();
        future += emit(item, out, tally);
        writeNanos += cpu() - t;
        progress.update(tally.rows(), bytesBefore, total);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      progress.finish();
    }
    baseline.write();
    List<String> notes = new ArrayList<>(unusedNotes);
    notes.addAll(notes(sources, future));
    RunSummary summary = tally.summary(notes);
    long t = cpu();
    out.end(summary);
    writeNanos += cpu() - t;
    return new Outcome(summary, new Timings(tally.rows(), readNanos, vetNanos.get(), writeNanos,
        System.nanoTime() - start));
  }

  private Future<Item> submit(ExecutorService pool, Entry e, AtomicLong vetNanos) {
    if (e instanceof BadRow bad) {
      return CompletableFuture.completedFuture(new Failed(bad));
    }
    RawRow raw = (RawRow) e;
    if (pool == null) {
      return CompletableFuture.completedFuture(vet(raw, vetNanos));
    }
    return pool.submit(() -> vet(raw, vetNanos));
  }

  private Item vet(RawRow raw, AtomicLong vetNanos) {
    long t = cpu();
    try {
      CalendarRow row = parser.parse(raw);
      return new Done(row, vetter.vet(row.submission()));
    } catch (HashvetException e) {
      if (e.exitCode() != HashvetException.BAD_INPUT) {
        throw e;
      }
      String hint = e.hint() == null ? "" : " (" + e.hint() + ")";
      return new Failed(new BadRow(raw.file(), raw.line(), raw.value(Keys.ID).strip(),
          e.getMessage() + hint));
    } finally {
      vetNanos.addAndGet(cpu() - t);
    }
  }

  private static Item take(ArrayDeque<Future<Item>> window) {
    Future<Item> f = window.poll();
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while vetting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Writes one item; returns 1 if the row got the far-date note. */
  private int emit(Item item, RunWriter out, Tally tally) {
    if (item instanceof Failed f) {
      Run.RowError err =
          new Run.RowError(f.bad().file(), f.bad().line(), f.bad().id(), f.bad().message());
      out.error(err);
      tally.add(err);
      return 0;
    }
    Done d = (Done) item;
    RowIgnores.Applied ignored = d.row().ignores().apply(d.result());
    VetResult r = baseline.apply(ignored.result(), d.row());
    int far = 0;
    if (!mode.equals("offline") && r.vetted()) {
      Duration ahead = Duration.between(clock.instant(), r.input().at().toInstant());
      if (ahead.compareTo(FAR) > 0 || ahead.negated().compareTo(FAR) > 0) {
        far = 1;
        List<String> notes = new ArrayList<>(r.notes());
        notes.add("the post goes out on " + r.input().at().toLocalDate() + ", more than "
            + FAR.toDays() + " days " + (ahead.isNegative() ? "before" : "after") + " today;"
            + " date and market rules use that date, but the " + mode + " context reflects "
            + (mode.equals("live") ? "today" : "when the sample was recorded") + ", not that date");
        r = new VetResult(r.input(), r.tags(), r.vetted(), r.verdict(), r.findings(), r.allowed(),
            r.context(), notes);
      }
    }
    Run.Row row = new Run.Row(d.row().file(), d.row().line(), d.row().id(), r, d.row().columns(),
        d.row().origin(), ignored.stale());
    out.row(row);
    tally.add(row);
    return far;
  }

  /** The warning naming the columns of {@code file} that hashvet does not read, if any. */
  static Optional<String> unused(String file, List<String> columns) {
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    String names = "'" + String.join("', '", columns) + "'";
    return Optional.of(file + ": column" + (columns.size() == 1 ? " " + names + " is" : "s "
        + names + " are") + " not read by hashvet, only carried through to the output (if "
        + (columns.size() == 1 ? "it holds" : "one holds") + " a calendar key, map it with"
        + " --columns KEY=COLUMN)");
  }

  private List<String> notes(List<Source> sources, int far) {
    List<String> notes = new ArrayList<>();
    if (far > 0) {
      notes.add(far + " row" + (far == 1 ? " is" : "s are") + " more than " + FAR.toDays()
          + " days from today: their date and market rules use their own dates, but the "
          + mode + " context does not");
    }
    LocalDate today = LocalDate.now(clock);
    for (AllowEntry e : allow) {
      if (e.expiredOn(today)) {
        notes.add("allow entry at " + e.where() + " (" + e.rule() + ") expired on "
            + e.expires().get() + " and no longer applies");
      }
    }
    Set<String> files = new LinkedHashSet<>();
    sources.forEach(s -> files.add(s.label()));
    notes.addAll(baseline.notes(files));
    return notes;
  }

  /** This thread's processor time, or 0 when not timed or where the JVM cannot tell. */
  private long cpu() {
    return cpuTime ? threads.getCurrentThreadCpuTime() : 0;
  }

  private static java.util.concurrent.ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "hashvet-vet-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
