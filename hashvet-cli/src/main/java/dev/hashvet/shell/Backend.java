package dev.hashvet.shell;

import dev.hashvet.rules.RuleBook;
import java.util.List;
import java.util.Map;

/**
 * What the shell needs from the rest of hashvet: the same setup, pipeline and vetter as {@code
 * check}, and the picocli model of the shell's options. The {@code cli} package provides it, so
 * that the shell has no parallel path to a verdict.
 */
public interface Backend {
  /**
   * Checks {@code settings} the way {@code check} checks its options and makes the vetting for
   * them; throws {@link dev.hashvet.HashvetException} (naming the setting) when they do not hold.
   */
  Vetting prepare(Settings settings);

  /** The rules in force (bundled plus the config's and --rules folders). */
  RuleBook rules();

  /** The source ids {@code :sources} takes. */
  List<String> sourceIds();

  /** The options a line starting with "--" may set, with their descriptions, in help order. */
  Map<String, String> options();

  /**
   * The session commands that apply a line of options ({@code --region IN --offline} gives {@code
   * [[":region", "IN"], [":offline", "on"]]}), parsed with the same picocli options as {@code
   * check}; throws {@link dev.hashvet.HashvetException} for an unknown or misused option.
   */
  List<List<String>> commandsFor(List<String> args);
}
