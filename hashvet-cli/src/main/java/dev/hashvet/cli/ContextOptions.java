package dev.hashvet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by check, calendar and shell: when, where, for whom, and which context. */
public final class ContextOptions {
  @Option(names = "--at", paramLabel = "DATETIME",
      description = "When the post will go out (ISO-8601 date or date-time); a time with no offset"
          + " is in --zone, else the first --region market's zone (Asia/Kolkata for IN), else UTC;"
          + " default now.")
  String at;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "Time zone for a local --at (and calendar rows with no timezone), e.g."
          + " America/New_York.")
  String zone;

  @Option(names = "--region", paramLabel = "REGIONS", split = ",",
      completionCandidates = Candidates.Regions.class,
      description = "Target markets, ISO 3166-1 alpha-2 (US,IN) or 'global'; default from config, else global.")
  List<String> regions = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "LANGS", split = ",",
      completionCandidates = Candidates.Languages.class,
      description = "Audience languages (ISO 639-1); default from config, else any.")
  List<String> languages = new ArrayList<>();

  @Option(names = "--sources", paramLabel = "LIST", split = ",",
      description = "Sources to sample (mastodon,bluesky,reddit,news,wikipedia); default from config.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--offline",
      description = "No network: text, tag, date and region rules only (the report says so).")
  boolean offline;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "8",
      description = "Overall deadline for sampling live context; what answered by then is used (default ${DEFAULT-VALUE}).")
  double timeout;

  @Option(names = "--sample", paramLabel = "FILE",
      description = "Use a recorded sample (JSON Lines) as the context instead of fetching.")
  Path sample;

  @Option(names = "--record", paramLabel = "FILE",
      description = "Write the fetched sample to FILE for later replay with --sample.")
  Path record;

  @Option(names = "--no-cache", description = "Do not read or write the on-disk HTTP and sample caches.")
  boolean noCache;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Config file; default: .hashvet.yml from here upward, then the user's config folder.")
  Path config;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Extra rule folder (repeatable), on top of the config's 'rules'.")
  List<Path> ruleDirs = new ArrayList<>();
}
