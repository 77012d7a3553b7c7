package dev.hashvet.report;

import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.VetResult;
import java.util.List;

/** Counts rows as they are reported and decides the run's exit code (as {@link Run#exitCode}). */
public final class Tally {
  private final FailOn failOn;
  private int pass;
  private int review;
  private int block;
  private int errors;
  private int notVetted;
  private int allowed;
  private int baselined;
  private int worst;

  public Tally(FailOn failOn) {
    this.failOn = failOn;
  }

  public void add(Run.Row row) {
    VetResult r = row.result();
    switch (r.verdict()) {
      case PASS -> pass++;
      case REVIEW -> review++;
      case BLOCK -> block++;
    }
    if (!r.vetted()) {
      notVetted++;
    }
    for (var a : r.allowed()) {
      if (a.baseline()) {
        baselined++;
      } else {
        allowed++;
      }
    }
    worst = Math.max(worst, r.exitCode(failOn));
  }

  public void add(Run.RowError error) {
    errors++;
  }

  public int rows() {
    return pass + review + block + errors;
  }

  /** 2 if any row was bad, else 3 if any could not be vetted, else 1 or 0 (never a count). */
  public int exitCode() {
    return errors > 0 ? 2 : worst;
  }

  public RunSummary summary(List<String> notes) {
    return new RunSummary(rows(), pass, review, block, errors, notVetted, allowed, baselined,
        exitCode(), notes);
  }
}
