package dev.hashvet.text;

import java.util.List;

/** Placeholder until the ICU-based detector lands. */
public final class EvasionDetector {
  public List<EvasionSignal> inspect(String where, String raw) {
    return List.of();
  }
}
