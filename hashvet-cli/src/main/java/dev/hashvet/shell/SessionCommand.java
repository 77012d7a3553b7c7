package dev.hashvet.shell;

import java.util.List;
import java.util.Optional;

/** The shell's own commands: each starts with ':' and changes a setting or shows something. */
public enum SessionCommand {
  REGION(":region", "CODES", "target markets, e.g. IN,US; 'global'; 'default' for the config's"),
  AT(":at", "DATETIME", "publish time, e.g. 2026-12-24T18:00; 'now' for the clock"),
  ZONE(":zone", "ZONE", "time zone for a local :at, e.g. Asia/Kolkata; 'default'"),
  LANG(":lang", "CODES", "audience languages, e.g. en,hi; 'default' for the config's"),
  SOURCES(":sources", "LIST", "live sources, e.g. mastodon,bluesky; 'default' for the config's"),
  OFFLINE(":offline", "[on|off]", "no network: text, tag, date and region rules only"),
  SAMPLE(":sample", "FILE|off", "replay a recorded sample as the context"),
  RECORD(":record", "FILE|off", "write the fetched context to FILE for later replay"),
  FORMAT(":format", "text|json", "how answers are shown"),
  EXPLAIN(":explain", "RULE", "a rule: what it looks for, why, and its examples"),
  WHY(":why", "", "the evidence of the last answer, in full"),
  SETTINGS(":settings", "", "the settings in force"),
  HELP(":help", "", "this list", ":h", ":?"),
  QUIT(":quit", "", "leave (also Ctrl-D)", ":q", ":exit");

  private final String name;
  private final String args;
  private final String description;
  private final List<String> aliases;

  SessionCommand(String name, String args, String description, String... aliases) {
    this.name = name;
    this.args = args;
    this.description = description;
    this.aliases = List.of(aliases);
  }

  public String id() {
    return name;
  }

  /** What the command takes, e.g. "CODES" or "[on|off]"; "" for nothing. */
  public String args() {
    return args;
  }

  public String description() {
    return description;
  }

  /** The command named {@code word} (its name or an alias, any case). */
  public static Optional<SessionCommand> find(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    for (SessionCommand c : values()) {
      if (c.name.equals(w) || c.aliases.contains(w)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
