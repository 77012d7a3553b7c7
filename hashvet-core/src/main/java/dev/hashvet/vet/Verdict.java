package dev.hashvet.vet;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import java.util.List;

/** The answer for one submission: the highest severity among its findings. */
public enum Verdict {
  PASS,
  REVIEW,
  BLOCK;

  /** PASS when there is nothing above info, else the highest severity. */
  public static Verdict of(List<Finding> findings) {
    Severity top = Severity.INFO;
    for (Finding f : findings) {
      top = Severity.max(top, f.severity());
    }
    return switch (top) {
      case INFO -> PASS;
      case REVIEW -> REVIEW;
      case BLOCK -> BLOCK;
    };
  }
}
