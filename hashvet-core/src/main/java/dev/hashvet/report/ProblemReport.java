package dev.hashvet.report;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.vet.VetResult;

/**
 * The walk that line-per-problem formats share ({@code github} annotations, {@code compact}
 * lines): a row that could not be vetted, then each finding in text order (info ones only when
 * verbose), and each bad row, are one problem at their place. Accepted findings are not problems.
 */
abstract class ProblemReport implements RunWriter {
  private final boolean verbose;

  ProblemReport(boolean verbose) {
    this.verbose = verbose;
  }

  /**
   * One problem.
   *
   * @param message what is wrong, starting lower-case ("could not vet: ..."); a format that
   *     wants a capital adds it
   */
  abstract void problem(Place p, Severity s, String rule, String message);

  @Override
  public void begin(RunInfo info) {}

  @Override
  public void row(Run.Row row) {
    VetResult r = row.result();
    if (!r.vetted()) {
      problem(Place.of(row), Severity.BLOCK, SarifReport.NOT_VETTED,
          "could not vet: no live source answered (" + String.join("; ", r.notes()) + ")");
    }
    for (Finding f : Place.inOrder(row, r.findings())) {
      if (f.severity() != Severity.INFO || verbose) {
        problem(Place.of(row, f), f.severity(), f.rule(), f.message());
      }
    }
  }

  @Override
  public void error(Run.RowError e) {
    problem(Place.of(e), Severity.BLOCK, SarifReport.BAD_ROW,
        "this row could not be read: " + e.message());
  }
}
