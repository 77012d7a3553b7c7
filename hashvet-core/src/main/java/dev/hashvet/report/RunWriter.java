package dev.hashvet.report;

import java.util.List;

/**
 * A report written as the run goes: {@link #begin} once, then every row and bad row in input
 * order, then {@link #end} with the counts. Writers keep what they must (a summary table, counts
 * for a header) but never every result, so a calendar's memory stays flat however long it is.
 */
public interface RunWriter {
  void begin(RunInfo info);

  void row(Run.Row row);

  void error(Run.RowError error);

  void end(RunSummary summary);

  /** Writes a whole run at once (check, and tests). */
  default void write(Run run, RunInfo info) {
    begin(info);
    Tally tally = new Tally(run.failOn());
    for (Run.Row r : run.rows()) {
      row(r);
      tally.add(r);
    }
    for (Run.RowError e : run.errors()) {
      error(e);
      tally.add(e);
    }
    end(tally.summary(List.of()));
  }
}
