package dev.hashvet.report;

import java.util.List;

/**
 * The counts of a run. {@code pass + review + block + errors == rows}: every row read is counted
 * once.
 *
 * @param rows rows read (vetted and bad)
 * @param pass rows that passed
 * @param review rows to review (including rows that could not be vetted)
 * @param block rows blocked
 * @param errors rows that could not be read or vetted because of bad input
 * @param notVetted rows that could not be vetted because no live source answered
 * @param allowed findings accepted by the allow list or a row's ignore column
 * @param baselined findings accepted by the baseline
 * @param exitCode the run's exit code
 * @param notes what the user should know about the run as a whole
 */
public record RunSummary(
    int rows,
    int pass,
    int review,
    int block,
    int errors,
    int notVetted,
    int allowed,
    int baselined,
    int exitCode,
    List<String> notes) {
  public RunSummary {
    notes = List.copyOf(notes);
  }
}
