package dev.hashvet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.HashvetException;
import dev.hashvet.config.Config;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.fetch.Query;
import dev.hashvet.fetch.SourceInfo;
import dev.hashvet.context.SourceReport;
import dev.hashvet.text.Sanitizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hashvet sources [--probe]}: the live sources, their settings, and whether they answer. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Lists the live sources and whether each is on.",
      "For each: whether it is on (and why not), the URLs it asks, whether its credentials are"
          + " set (never their values) and its limits. With --probe, asks each source that is on"
          + " a tiny query now and says whether it answered."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hashvet sources",
      "  hashvet sources --probe",
      "  hashvet sources --probe --sources mastodon,news --timeout 5 --format json",
      "",
      "Credentials come from the environment: BLUESKY_HANDLE and BLUESKY_APP_PASSWORD (Bluesky),",
      "REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET (Reddit). See docs/sources.md.",
      "",
      "Exit codes: 0 listed (and, with --probe, at least one source answered); 2 bad config or",
      "option; 3 --probe and no source answered."
    })
final class SourcesCommand implements Callable<Integer> {
  /** What a probe asks every source: a common tag, a handful of posts at most. */
  static final String PROBE_TAG = "news";

  private static final int PROBE_LIMIT = 5;

  @Spec CommandSpec spec;

  @Option(names = "--probe", description = "Ask each source that is on a tiny query now.")
  boolean probe;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--sources", paramLabel = "LIST", split = ",",
      description = "Only these sources (mastodon,bluesky,reddit,news,wikipedia).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "8",
      description = "Deadline of the probe (default ${DEFAULT-VALUE}).")
  double timeout;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Config file; default: .hashvet.yml from here upward, then the user's config folder.")
  Path config;

  @Option(names = {"-v", "--verbose"},
      description = "Log each probe request to standard error (credentials redacted).")
  boolean verbose;

  /** Output formats. */
  enum Format {
    text,
    json
  }

  private final Env env;

  SourcesCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    if (!(timeout > 0) || timeout > 600) {
      throw HashvetException.input("--timeout: must be between 0 and 600 seconds, not " + timeout);
    }
    Config cfg = new ConfigLoader().load(Optional.ofNullable(config), env.workDir(), env.vars());
    List<SourceInfo> infos;
    try (LiveContextProvider listed = builder(cfg).build()) {
      infos = listed.describe();
    }
    Map<String, SourceReport> probed = new LinkedHashMap<>();
    if (probe) {
      // A probe asks now (no cache read or written) for a handful of posts.
      LiveContextProvider.Builder b = builder(cfg).limitCap(PROBE_LIMIT).noCache();
      if (verbose) {
        b.verbose(spec.commandLine().getErr());
      }
      try (LiveContextProvider provider = b.build()) {
        FetchedContext ctx = provider.fetch(
            new Query(PROBE_TAG, List.of(PROBE_TAG), env.clock().instant()));
        ctx.sources().forEach(r -> probed.put(r.id(), r));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    String file = cfg.file().map(Path::toString).orElse("");
    if (format == Format.json) {
      writeJson(infos, probed, file, out);
    } else {
      writeText(infos, probed, file, out);
    }
    out.flush();
    boolean anyAnswered = probed.values().stream().anyMatch(r -> r.status().answered());
    if (probe && !anyAnswered) {
      spec.commandLine().getErr().println("error: no source answered the probe");
      return HashvetException.COULD_NOT_VET;
    }
    return 0;
  }

  private LiveContextProvider.Builder builder(Config cfg) {
    return LiveContextProvider.builder(cfg, env.vars(), env.clock())
        .userAgent(LiveContextProvider.userAgent(Version.current()))
        .timeout(Duration.ofMillis(Math.round(timeout * 1000)))
        .sources(sources);
  }

  private static void writeText(
      List<SourceInfo> infos, Map<String, SourceReport> probed, String file, PrintWriter out) {
    for (SourceInfo s : infos) {
      String state = s.enabled() ? "on" : "off";
      out.printf("%-10s %-4s %s%n", s.id(), state, s.enabled() ? String.join(", ", s.urls())
          : s.why());
      if (!s.enabled()) {
        out.printf("%-15s %s%n", "", String.join(", ", s.urls()));
      }
      out.printf("%-15s credentials: %s%n", "", credentials(s.credentials()));
      out.printf("%-15s limits: %s%n", "", s.limits());
      SourceReport r = probed.get(s.id());
      if (r != null) {
        String posts = r.status().answered() ? ", " + r.posts() + " posts" : "";
        out.printf("%-15s probe: %s%s: %s%n", "", r.status().id(), posts,
            Sanitizer.oneLine(r.detail()));
      }
    }
    out.println();
    out.println("config: " + (file.isEmpty() ? "none found (defaults)" : file));
    out.println("Credentials are read from the environment and never shown.");
  }

  private static String credentials(Map<String, Boolean> creds) {
    if (creds.isEmpty()) {
      return "none needed";
    }
    List<String> parts = new ArrayList<>();
    creds.forEach((name, set) -> parts.add(name + " " + (set ? "set" : "not set")));
    return String.join(", ", parts);
  }

  private static void writeJson(
      List<SourceInfo> infos, Map<String, SourceReport> probed, String file, PrintWriter out) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("schema", "hashvet/1");
    if (file.isEmpty()) {
      root.putNull("config");
    } else {
      root.put("config", file);
    }
    ArrayNode list = root.putArray("sources");
    for (SourceInfo s : infos) {
      ObjectNode o = list.addObject();
      o.put("id", s.id());
      o.put("enabled", s.enabled());
      o.put("why", s.why());
      ArrayNode urls = o.putArray("urls");
      s.urls().forEach(urls::add);
      ObjectNode creds = o.putObject("credentials");
      s.credentials().forEach(creds::put);
      o.put("limits", s.limits());
      SourceReport r = probed.get(s.id());
      if (r != null) {
        ObjectNode p = o.putObject("probe");
        p.put("status", r.status().contractId());
        p.put("posts", r.posts());
        p.put("detail", Sanitizer.oneLine(r.contractDetail()));
      }
    }
    try {
      out.println(json.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
