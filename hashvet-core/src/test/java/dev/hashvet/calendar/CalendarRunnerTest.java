package dev.hashvet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.TestBooks;
import dev.hashvet.config.AllowEntry;
import dev.hashvet.fetch.ContextProvider;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Query;
import dev.hashvet.context.SourceReport;
import dev.hashvet.context.SourceStatus;
import dev.hashvet.report.Run;
import dev.hashvet.report.RunInfo;
import dev.hashvet.report.RunSummary;
import dev.hashvet.report.RunWriter;
import dev.hashvet.vet.ContextCache;
import dev.hashvet.vet.ContextPlan;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.Vetter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row answered once, in input order, with bounded context fetching. */
class CalendarRunnerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  static Pipeline pipeline;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    pipeline = TestBooks.pipeline(List.of());
  }

  /** Keeps what a writer is given. */
  static final class Capture implements RunWriter {
    final List<Object> items = new ArrayList<>();
    RunSummary summary;
    boolean begun;

    @Override
    public void begin(RunInfo info) {
      begun = true;
    }

    @Override
    public void row(Run.Row row) {
      items.add(row);
    }

    @Override
    public void error(Run.RowError error) {
      items.add(error);
    }

    @Override
    public void end(RunSummary s) {
      summary = s;
    }

    List<Run.Row> rows() {
      return items.stream().filter(Run.Row.class::isInstance).map(Run.Row.class::cast).toList();
    }
  }

  private Path csv(String name, String body) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, body, StandardCharsets.UTF_8);
    return p;
  }

  private static RunInfo info() {
    return new RunInfo("calendar", FailOn.BLOCK, List.of(), List.of(), "test", "offline", false);
  }

  private static CalendarRunner.Source source(Path p) {
    return new CalendarRunner.Source(p.getFileName().toString(), p, CalendarFormat.CSV);
  }

  private Capture run(CalendarRunner runner, Path... files) {
    Capture c = new Capture();
    List<CalendarRunner.Source> sources = new ArrayList<>();
    for (Path f : files) {
      sources.add(source(f));
    }
    runner.run(sources, info(), c, dev.hashvet.report.Progress.NONE);
    return c;
  }

  private static CalendarRunner offline(int jobs) {
    Vetter v = pipeline.vetter(ContextPlan.OFFLINE, List.of(), CLOCK);
    return CalendarRunner.of(v, new RowParser(List.of(), List.of(), Optional.empty()), CLOCK,
        jobs, "offline", List.of());
  }

  @Test
  void everyRowOnceInInputOrderWithParallelVetting() throws IOException {
    StringBuilder sb = new StringBuilder("id,publish_at,text\n");
    for (int i = 0; i < 500; i++) {
      String text = i % 7 == 0 ? "Hurricane Sandy sale: 20% off" : "Fresh bread #bakery" + i;
      sb.append("r").append(i).append(",2026-07-04T09:00,\"").append(text).append("\"\n");
      if (i % 50 == 0) {
        sb.append("bad").append(i).append(",not a date,hello\n");
      }
    }
    Path p = csv("plan.csv", sb.toString());
    Capture c = run(offline(4), p);
    assertThat(c.begun).isTrue();
    List<Integer> lines = new ArrayList<>();
    for (Object o : c.items) {
      lines.add(o instanceof Run.Row r ? r.line() : ((Run.RowError) o).line());
    }
    assertThat(lines).isSorted().doesNotHaveDuplicates().hasSize(510);
    assertThat(c.rows()).hasSize(500);
    assertThat(c.rows().get(0).id()).isEqualTo("r0");
    assertThat(c.rows().get(0).result().verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(c.rows().get(1).result().verdict()).isEqualTo(Verdict.PASS);
    RunSummary s = c.summary;
    assertThat(s.rows()).isEqualTo(510);
    assertThat(s.pass() + s.review() + s.block() + s.errors()).isEqualTo(s.rows());
    assertThat(s.errors()).isEqualTo(10);
    assertThat(s.block()).isEqualTo(72);
    assertThat(s.exitCode()).isEqualTo(2);
    Run.RowError e = (Run.RowError) c.items.stream().filter(Run.RowError.class::isInstance)
        .findFirst().orElseThrow();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.id()).isEqualTo("bad0");
    assertThat(e.message()).contains("publish_at");
  }

  @Test
  void severalFilesAndTheOneThreadPathGiveTheSameAnswers() throws IOException {
    Path a = csv("a.csv",
        "id,publish_at,text\n1,2026-07-04,Hurricane Sandy sale\n2,2026-07-04,hi\n");
    Path b = csv("b.csv", "text,publish_at\n#bakery,2026-07-04\n#,2026-07-04\n");
    Capture one = run(offline(1), a, b);
    Capture four = run(offline(4), a, b);
    assertThat(one.items).hasSize(4);
    assertThat(one.items.toString()).isEqualTo(four.items.toString());
    assertThat(((Run.Row) one.items.get(2)).file()).isEqualTo("b.csv");
    Run.RowError tagOnly = (Run.RowError) one.items.get(3);
    assertThat(tagOnly.message()).as("vetting errors are row errors too")
        .contains("nothing to vet");
    assertThat(one.summary.exitCode()).isEqualTo(2);
  }

  /** A live source that counts what it is asked, per tag. */
  static final class CountingProvider implements ContextProvider {
    final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    @Override
    public FetchedContext fetch(Query q) {
      asked.computeIfAbsent(q.label(), k -> new AtomicInteger()).incrementAndGet();
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      return new FetchedContext(List.of(Post.ofText("mastodon", "lovely bread " + q.label())),
          List.of(new SourceReport("mastodon", SourceStatus.OK, 1, "")), LiveSignals.NONE,
          List.of());
    }
  }

  @Test
  void aThousandRowsWithAHundredTagsFetchEachTagOnce() throws IOException {
    StringBuilder sb = new StringBuilder("id,publish_at,text\n");
    for (int i = 0; i < 1000; i++) {
      sb.append(i).append(",2026-11-25T09:00Z,\"Fresh bread today #tag").append(i % 100)
          .append("\"\n");
    }
    Path p = csv("plan.csv", sb.toString());
    CountingProvider source = new CountingProvider();
    ContextPlan plan = ContextPlan.live(new ContextCache(source, 3));
    Vetter v = pipeline.vetter(plan, List.of(), CLOCK);
    CalendarRunner runner = CalendarRunner.of(v, new RowParser(List.of(), List.of(),
        Optional.empty()), CLOCK, 8, "live", List.of());
    Capture c = run(runner, p);
    assertThat(c.rows()).hasSize(1000);
    assertThat(source.asked).hasSize(100);
    assertThat(source.asked.values()).allMatch(n -> n.get() == 1);
    assertThat(source.maxInFlight.get()).isLessThanOrEqualTo(3);
    assertThat(c.rows()).allMatch(r -> r.result().vetted());
    assertThat(c.summary.exitCode()).isZero();
  }

  @Test
  void processorTimeIsMeasuredOnlyWhenTimed() throws IOException {
    Path p = csv("plan.csv", "id,publish_at,text\nr1,2026-07-04,Hurricane Sandy sale #bread\n");
    CalendarRunner.Timings plain = offline(1)
        .run(List.of(source(p)), info(), new Capture(), dev.hashvet.report.Progress.NONE)
        .timings();
    assertThat(plain.rows()).isEqualTo(1);
    assertThat(plain.readNanos() + plain.vetNanos() + plain.writeNanos()).isZero();
    CalendarRunner.Timings timed = offline(1).timed()
        .run(List.of(source(p)), info(), new Capture(), dev.hashvet.report.Progress.NONE)
        .timings();
    assertThat(timed.rows()).isEqualTo(1);
    assertThat(timed.vetNanos()).isPositive();
  }

  @Test
  void farDatesSayLiveContextIsAboutToday() throws IOException {
    Path p = csv("plan.csv", "id,publish_at,text\nsoon,2026-11-25T09:00Z,Hi #bread\n"
        + "later,2027-03-01T09:00Z,Hi #bread\n");
    CountingProvider source = new CountingProvider();
    Vetter v = pipeline.vetter(ContextPlan.live(new ContextCache(source, 2)), List.of(), CLOCK);
    Capture c = run(CalendarRunner.of(v, new RowParser(List.of(), List.of(), Optional.empty()),
        CLOCK, 2, "live", List.of()), p);
    assertThat(c.rows().get(0).result().notes()).isEmpty();
    assertThat(c.rows().get(1).result().notes()).anyMatch(n -> n.startsWith("the post goes out"
        + " on 2027-03-01, more than 7 days after today") && n.contains("reflects today"));
    assertThat(c.summary.notes()).anyMatch(n -> n.startsWith("1 row is more than 7 days"));
    assertThat(source.asked).hasSize(1);
    Capture off = run(offline(2), p);
    assertThat(off.rows().get(1).result().notes()).as("no live context offline").isEmpty();
  }

  @Test
  void expiredAllowEntriesAreReportedForTheRun() throws IOException {
    Path p = csv("plan.csv", "id,publish_at,text\nq1,2026-07-04,Hurricane Sandy sale\n");
    AllowEntry old = new AllowEntry("combo.named-disaster-promotion", "", "", "q1", "ok then",
        Optional.of(LocalDate.parse("2026-01-31")), ".hashvet.yml:4");
    AllowEntry current = new AllowEntry("combo.named-disaster-promotion", "", "", "q1", "approved",
        Optional.empty(), ".hashvet.yml:8");
    Vetter expired = pipeline.vetter(ContextPlan.OFFLINE, List.of(old), CLOCK);
    Capture c = run(CalendarRunner.of(expired, new RowParser(List.of(), List.of(),
        Optional.empty()), CLOCK, 1, "offline", List.of(old)), p);
    assertThat(c.rows().get(0).result().verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(c.summary.notes()).anyMatch(n -> n.contains(".hashvet.yml:4")
        && n.contains("expired on 2026-01-31"));
    Vetter allowed = pipeline.vetter(ContextPlan.OFFLINE, List.of(current), CLOCK);
    Capture d = run(CalendarRunner.of(allowed, new RowParser(List.of(), List.of(),
        Optional.empty()), CLOCK, 1, "offline", List.of(current)), p);
    assertThat(d.rows().get(0).result().allowed()).hasSize(1);
    assertThat(d.summary.allowed()).isEqualTo(1);
  }
}
