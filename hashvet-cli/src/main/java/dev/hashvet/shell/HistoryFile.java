package dev.hashvet.shell;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the shell keeps its history: {@code $XDG_STATE_HOME/hashvet/history}, else {@code
 * ~/.local/state/hashvet/history} (the XDG base directory rules for state that should survive
 * restarts but is not worth backing up).
 */
public final class HistoryFile {
  private HistoryFile() {}

  /** The history file for the environment {@code vars}, relative paths taken from {@code home}. */
  public static Path of(Map<String, String> vars) {
    String state = vars.getOrDefault("XDG_STATE_HOME", "").strip();
    // The spec says a relative XDG path is invalid and should be ignored.
    if (!state.isEmpty() && Path.of(state).isAbsolute()) {
      return Path.of(state, "hashvet", "history");
    }
    String home = vars.getOrDefault("HOME", "").strip();
    if (home.isEmpty()) {
      home = System.getProperty("user.home");
    }
    return Path.of(home, ".local", "state", "hashvet", "history");
  }
}
