package dev.hashvet.shell;

import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.VetResult;
import java.time.ZonedDateTime;
import java.util.List;

/** The session's settings made ready to vet with: the context plan and vetter loaded once. */
public interface Vetting {
  /** The publish time in force now (the clock's time when no {@code :at} was given). */
  ZonedDateTime at();

  /** The target markets in force (empty: global). */
  List<String> regions();

  /** The audience languages in force (empty: any). */
  List<String> languages();

  /** Where context comes from: "live", "sample" or "offline". */
  String mode();

  /** The --fail-on level, for the JSON report's exit_code. */
  FailOn failOn();

  /** Vets {@code text} (a tag or a post) and writes the recording, if one is on. */
  VetResult vet(String text);
}
