package dev.hashvet.report;

import dev.hashvet.TestBooks;
import dev.hashvet.rules.Finding;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.ContextPlan;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Submission;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.VetResult;
import dev.hashvet.vet.Vetter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs made with the real offline pipeline, with text that tries to break every format. */
final class Fixtures {
  /** Markup, CDATA end, pipes, backticks, controls, an escape sequence, emoji, a mention. */
  static final String NASTY = "<script>alert('x')</script> ]]> | a|b `tick` ``two`` \u0007bell "
      + "\u001B[31mred\u001B[0m \u0000nul 😀👍🏽 @brand & \"q\" 'a' \\back *star* _u_ [l](u) #hash "
      + "\u202Eevil\u202C \uFFFF done. Hurricane Sandy evacuation sale!";

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static Vetter vetter;

  private Fixtures() {}

  static synchronized Vetter vetter() {
    if (vetter == null) {
      vetter = TestBooks.pipeline(List.of()).vetter(ContextPlan.OFFLINE, List.of(), CLOCK);
    }
    return vetter;
  }

  static VetResult vet(String text, String id) {
    return vetter().vet(new Submission(text, ZonedDateTime.parse("2026-07-04T09:00-04:00"),
        List.of("US"), List.of("en"), id));
  }

  /** The same result with its first finding accepted by the baseline. */
  static VetResult baselined(VetResult r) {
    List<Finding> rest = new ArrayList<>(r.findings().subList(1, r.findings().size()));
    List<Allowed> allowed = List.of(new Allowed(r.findings().get(0), "accepted in the baseline",
        "baseline.json:5", true));
    return new VetResult(r.input(), r.tags(), true, Verdict.of(rest), rest, allowed, r.context(),
        r.notes());
  }

  /**
   * A calendar run: a blocked nasty row (CSV text at line 2, column 30, quoted), a pass, a
   * review, a bad row with a nasty message and a row whose block was baselined.
   */
  static Run calendar(FailOn failOn) {
    List<Run.Row> rows = new ArrayList<>();
    String nastyCsv = "bk-<1>|x";
    rows.add(new Run.Row("plans/q4 plan.csv", 2, nastyCsv, vet(NASTY, nastyCsv),
        Map.of("owner", NASTY), new Origin(2, 2, 30, true)));
    rows.add(new Run.Row("plans/q4 plan.csv", 3, "bk-2", vet("Fresh bread #bakery", "bk-2"),
        Map.of(), Origin.line(3)));
    rows.add(new Run.Row("plans/q4 plan.csv", 4, "bk-3", vet("Wildfire season sale", "bk-3"),
        Map.of(), Origin.line(4)));
    rows.add(new Run.Row("plans/q4 plan.csv", 6, "bk-5",
        baselined(vet("Typhoon Haiyan clearance", "bk-5")), Map.of(), Origin.line(6)));
    List<Run.RowError> errors = List.of(new Run.RowError("plans/q4 plan.csv", 5, "bk-4",
        "publish_at: cannot read '" + NASTY + "'"));
    return new Run("calendar", rows, errors, failOn);
  }

  /**
   * A check of text given inline (no file; {@code file} non-empty: read from that file), over two
   * lines, with a block on the second.
   */
  static Run check(String file) {
    String text = "Summer deals!\nOur Hurricane Sandy evacuation sale starts now";
    int line = file.isEmpty() ? 0 : 1;
    return new Run("check", List.of(new Run.Row(file, line, "", vet(text, ""), Map.of(),
        new Origin(line, 1, 1, false))), List.of(), FailOn.BLOCK);
  }

  static RunInfo info(Run run, boolean baseline) {
    RunInfo i = RunInfo.of(run, "0.1.0");
    return new RunInfo(i.kind(), i.failOn(), i.files(), i.rules(), i.version(), i.mode(), baseline);
  }
}
