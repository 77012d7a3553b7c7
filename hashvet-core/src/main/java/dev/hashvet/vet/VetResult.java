package dev.hashvet.vet;

import dev.hashvet.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The answer for one submission.
 *
 * @param input what was vetted
 * @param tags the tags found in it, as written (without '#')
 * @param vetted false when live context was required and no source answered ("could not vet")
 * @param verdict the verdict (when not vetted: BLOCK if the rules that need no context block,
 *     else REVIEW, never PASS)
 * @param findings the findings, most severe first
 * @param allowed findings accepted by the allow list
 * @param context the context used
 * @param notes things the user should know (input cut, lines skipped, expired allow entries...)
 */
public record VetResult(
    Submission input,
    List<String> tags,
    boolean vetted,
    Verdict verdict,
    List<Finding> findings,
    List<Allowed> allowed,
    ContextSummary context,
    List<String> notes) {
  public VetResult {
    tags = List.copyOf(tags);
    findings = List.copyOf(findings);
    allowed = List.copyOf(allowed);
    notes = List.copyOf(notes);
  }

  /** The first finding of rule {@code rule} (e.g. "context.legal-proceedings"), if any. */
  public Optional<Finding> finding(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).findFirst();
  }

  /**
   * The exit code for this result under {@code failOn}: 1 if failing, 3 if not vetted (unless the
   * rules that need no context already block and that fails), else 0.
   */
  public int exitCode(FailOn failOn) {
    if (!vetted) {
      return verdict == Verdict.BLOCK && failOn.fails(verdict) ? 1 : 3;
    }
    return failOn.fails(verdict) ? 1 : 0;
  }
}
