package dev.hashvet.calendar;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.Fingerprint;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.VetResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a baseline to each row's result, in input order on one thread: review and block
 * findings whose fingerprint is in the baseline move to the result's accepted findings (so they no
 * longer decide the verdict); an expired entry stops applying and the row says so. With
 * --write-baseline every review and block finding of the run is recorded, and accepted, since the
 * new baseline accepts it. Info findings never decide a verdict and are left alone.
 */
final class BaselineFilter {
  private final Optional<Baseline> baseline;
  private final Optional<Path> writeTo;
  private final String writeLabel;
  private final Clock clock;
  private final LocalDate today;
  private final Set<String> used = new HashSet<>();
  private final List<Baseline.Entry> current = new ArrayList<>();
  private int accepted;
  private int fresh;
  private int expired;

  BaselineFilter(Optional<Baseline> baseline, Optional<Path> writeTo, String writeLabel,
      Clock clock) {
    this.baseline = baseline;
    this.writeTo = writeTo;
    this.writeLabel = writeLabel;
    this.clock = clock;
    this.today = LocalDate.now(clock);
  }

  static BaselineFilter none(Clock clock) {
    return new BaselineFilter(Optional.empty(), Optional.empty(), "", clock);
  }

  boolean active() {
    return baseline.isPresent() || writeTo.isPresent();
  }

  VetResult apply(VetResult r, CalendarRow row) {
    if (!active() || !r.vetted()) {
      return r;
    }
    List<Finding> kept = new ArrayList<>();
    List<Allowed> allowed = new ArrayList<>(r.allowed());
    List<String> notes = new ArrayList<>(r.notes());
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.INFO) {
        kept.add(f);
        continue;
      }
      String fp = Fingerprint.of(f, r.input());
      Optional<Baseline.Entry> entry = baseline.flatMap(b -> b.find(fp));
      if (writeTo.isPresent()) {
        current.add(entry(fp, f, row));
        used.add(fp);
        accepted++;
        allowed.add(new Allowed(f, "accepted in the new baseline", writeLabel, true));
      } else if (entry.isPresent() && entry.get().expiredOn(today)) {
        used.add(fp);
        expired++;
        fresh++;
        kept.add(f);
        notes.add("baseline entry " + entry.get().where() + " for " + f.rule() + " expired on "
            + entry.get().expires().get() + "; the finding counts again");
      } else if (entry.isPresent()) {
        used.add(fp);
        accepted++;
        String reason = entry.get().reason().isBlank()
            ? "accepted in the baseline"
            : "accepted in the baseline: " + entry.get().reason();
        allowed.add(new Allowed(f, reason, entry.get().where(), true));
      } else {
        fresh++;
        kept.add(f);
      }
    }
    return new VetResult(r.input(), r.tags(), true, Verdict.of(kept), kept, allowed, r.context(),
        notes);
  }

  private static Baseline.Entry entry(String fp, Finding f, CalendarRow row) {
    String tag = f.evidence().value("tag").orElse("");
    String term = f.evidence().value("term").or(() -> f.evidence().value("span")).orElse("");
    return new Baseline.Entry(fp, f.rule(), f.severity().id(), row.file(), row.line(), row.id(),
        tag, term, f.message(), "", Optional.empty(), "");
  }

  /** What the summary says about the baseline; {@code files} are the calendars of this run. */
  List<String> notes(Set<String> files) {
    List<String> out = new ArrayList<>();
    if (writeTo.isPresent()) {
      out.add("wrote " + current.size() + " finding" + (current.size() == 1 ? "" : "s")
          + " to the baseline " + writeLabel + "; later runs with --baseline " + writeLabel
          + " fail only on new findings");
      return out;
    }
    if (baseline.isEmpty()) {
      return out;
    }
    Baseline b = baseline.get();
    out.add(accepted + " finding" + (accepted == 1 ? "" : "s") + " accepted by the baseline "
        + b.label() + "; " + fresh + " new");
    if (expired > 0) {
      out.add(expired + " baseline entr" + (expired == 1 ? "y has" : "ies have")
          + " expired; their findings count again");
    }
    List<String> stale = new ArrayList<>();
    for (Baseline.Entry e : b.entries()) {
      if (!used.contains(e.fingerprint()) && files.contains(e.file())) {
        stale.add(e.where() + " (" + e.rule() + (e.row().isEmpty() ? "" : ", row " + e.row())
            + ")");
      }
    }
    if (!stale.isEmpty()) {
      out.add(stale.size() + " baseline entr" + (stale.size() == 1 ? "y matches" : "ies match")
          + " nothing in this run (fixed or removed rows): "
          + String.join(", ", stale.subList(0, Math.min(5, stale.size())))
          + (stale.size() > 5 ? ", ..." : "") + "; refresh it with --write-baseline");
    }
    return out;
  }

  /** Writes the new baseline, if --write-baseline was given. */
  void write() {
    if (writeTo.isEmpty()) {
      return;
    }
    baseline.orElse(Baseline.empty(writeLabel))
        .write(writeTo.get(), writeLabel, current, clock.instant(), today);
  }
}
