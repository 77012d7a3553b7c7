package dev.hashvet.report;

import dev.hashvet.vet.FailOn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a report says about the run before its rows.
 *
 * @param kind "check" or "calendar"
 * @param failOn the --fail-on level
 * @param files the calendar files, as given
 * @param rules the rules in force (SARIF lists them with their help)
 * @param version hashvet's version
 * @param mode the context mode: "live", "sample" or "offline"
 * @param baseline true when a baseline is applied (findings not in it are new)
 */
public record RunInfo(
    String kind,
    FailOn failOn,
    List<String> files,
    List<RuleInfo> rules,
    String version,
    String mode,
    boolean baseline) {
  public RunInfo {
    files = List.copyOf(files);
    rules = List.copyOf(rules);
  }

  /** The info for a run already complete: its rules are those of its findings. */
  public static RunInfo of(Run run, String version) {
    Map<String, RuleInfo> rules = new TreeMap<>();
    String mode = "offline";
    Set<String> files = new LinkedHashSet<>();
    for (Run.Row r : run.rows()) {
      r.result().findings().forEach(f -> rules.putIfAbsent(f.rule(), RuleInfo.of(f)));
      r.result().allowed()
          .forEach(a -> rules.putIfAbsent(a.finding().rule(), RuleInfo.of(a.finding())));
      mode = r.result().context().mode();
      if (!r.file().isEmpty()) {
        files.add(r.file());
      }
    }
    return new RunInfo(run.kind(), run.failOn(), List.copyOf(files), List.copyOf(rules.values()),
        version, mode, false);
  }
}
