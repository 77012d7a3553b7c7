package dev.hashvet.config;

import dev.hashvet.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hashvet.HashvetException;
import dev.hashvet.YamlDoc;
import dev.hashvet.garm.ProfileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code .hashvet.yml}: the file named by --config, else the first
 * {@code .hashvet.yml} from the working directory upward, else {@code hashvet/config.yml} in the
 * user's config folder. A key it does not know is an error naming file, line and key.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = ".hashvet.yml";

  /** Source ids that may appear under {@code sources:}. */
  public static final Set<String> SOURCE_IDS =
      Set.of("mastodon", "bluesky", "reddit", "news", "wikipedia");

  private static final Set<String> TOP_KEYS =
      Set.of("regions", "languages", "fail_on", "rules", "allow", "sources", "brand",
          "suitability");
  private static final Set<String> ALLOW_KEYS =
      Set.of("rule", "tag", "term", "row", "reason", "expires");
  private static final Set<String> SOURCE_KEYS =
      Set.of("enabled", "url", "instances", "limit", "auth_url");

  /** Where to look when no --config is given. */
  public Optional<Path> find(Path workDir, Map<String, String> env) {
    for (Path dir = workDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    Path userDir = userConfigDir(env);
    if (userDir != null) {
      Path candidate = userDir.resolve("hashvet").resolve("config.yml");
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Path userConfigDir(Map<String, String> env) {
    String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
    if (!xdg.isBlank()) {
      return Path.of(xdg);
    }
    String home = env.getOrDefault("HOME", "");
    return home.isBlank() ? null : Path.of(home, ".config");
  }

  /** Loads {@code explicit} if given (it must exist), else the file {@link #find} finds. */
  public Config load(Optional<Path> explicit, Path workDir, Map<String, String> env) {
    if (explicit.isPresent()) {
      Path f = workDir.resolve(explicit.get());
      if (!Files.exists(f)) {
        throw HashvetException.input("--config: no such file: " + explicit.get());
      }
      InputFiles.checkRegular(f, "--config " + explicit.get());
      return read(f);
    }
    return find(workDir, env).map(this::read).orElse(Config.DEFAULT);
  }

  /** Reads and checks one config file. */
  public Config read(Path file) {
    byte[] bytes = InputFiles.read(file, file.toString(), InputFiles.SMALL);
    YamlDoc doc = YamlDoc.parse(file.toString(), bytes);
    JsonNode root = doc.root();
    if (root.isMissingNode() || root.isNull()) {
      return new Config(Optional.of(file), List.of(), List.of(), Optional.empty(), List.of(),
          List.of(), Map.of());
    }
    if (!root.isObject()) {
      throw doc.error("", "the config file must be a mapping of keys (regions, sources, ...)");
    }
    doc.checkKeys("", TOP_KEYS);
    List<String> regions = Codes.regions(strings(doc, "/regions"), doc.where("/regions"));
    List<String> languages = Codes.languages(strings(doc, "/languages"), doc.where("/languages"));
    Optional<String> failOn = Optional.empty();
    if (root.has("fail_on")) {
      String v = root.get("fail_on").asText();
      if (!Set.of("review", "block", "never").contains(v)) {
        throw doc.error("/fail_on", "fail_on must be review, block or never, not '" + v + "'");
      }
      failOn = Optional.of(v);
    }
    Path base = file.toAbsolutePath().getParent();
    List<Path> ruleDirs = new ArrayList<>();
    for (String dir : strings(doc, "/rules")) {
      ruleDirs.add(base.resolve(dir).normalize());
    }
    return new Config(Optional.of(file), regions, languages, failOn, ruleDirs, allow(doc),
        sources(doc), ProfileReader.read(doc));
  }

  private static List<String> strings(YamlDoc doc, String pointer) {
    JsonNode n = doc.root().at(pointer);
    List<String> out = new ArrayList<>();
    if (n.isMissingNode() || n.isNull()) {
      return out;
    }
    if (n.isTextual()) {
      out.add(n.asText());
      return out;
    }
    if (!n.isArray()) {
      throw doc.error(pointer, "expected a list of strings");
    }
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isValueNode()) {
        throw doc.error(pointer + "/" + i, "expected a string");
      }
      out.add(n.get(i).asText());
    }
    return out;
  }

  private static List<AllowEntry> allow(YamlDoc doc) {
    JsonNode list = doc.root().path("allow");
    List<AllowEntry> out = new ArrayList<>();
    if (list.isMissingNode() || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      throw doc.error("/allow", "allow must be a list of {rule, tag|term|row, reason, expires}");
    }
    for (int i = 0; i < list.size(); i++) {
      String p = "/allow/" + i;
      JsonNode e = list.get(i);
      if (!e.isObject()) {
        throw doc.error(p, "an allow entry must be a mapping {rule, tag|term|row, reason}");
      }
      doc.checkKeys(p, ALLOW_KEYS);
      String rule = e.path("rule").asText("");
      if (rule.isBlank()) {
        throw doc.error(p, "an allow entry needs 'rule'");
      }
      String tag = e.path("tag").asText("").replaceFirst("^[#＃]", "");
      String term = e.path("term").asText("");
      String row = e.path("row").asText("");
      if (tag.isBlank() && term.isBlank() && row.isBlank()) {
        throw doc.error(p, "an allow entry needs 'tag', 'term' or 'row' (what it accepts)");
      }
      String reason = e.path("reason").asText("");
      if (reason.isBlank()) {
        throw doc.error(p, "an allow entry needs 'reason'");
      }
      Optional<LocalDate> expires = Optional.empty();
      if (e.has("expires")) {
        try {
          expires = Optional.of(LocalDate.parse(e.get("expires").asText()));
        } catch (DateTimeParseException ex) {
          throw doc.error(p + "/expires", "expires must be a date like 2027-06-30");
        }
      }
      out.add(new AllowEntry(rule, tag, term, row, reason, expires, doc.where(p)));
    }
    return out;
  }

  private static Map<String, SourceConfig> sources(YamlDoc doc) {
    JsonNode node = doc.root().path("sources");
    Map<String, SourceConfig> out = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw doc.error("/sources", "sources must be a mapping by source id");
    }
    doc.checkKeys("/sources", SOURCE_IDS);
    node.fieldNames()
        .forEachRemaining(
            id -> {
              String p = "/sources/" + id;
              JsonNode s = node.get(id);
              if (!s.isObject()) {
                throw doc.error(p, "settings of source '" + id + "' must be a mapping");
              }
              doc.checkKeys(p, SOURCE_KEYS);
              if (s.has("enabled") && !s.get("enabled").isBoolean()) {
                throw doc.error(p + "/enabled", "enabled must be true or false, not '"
                    + s.get("enabled").asText() + "'");
              }
              Optional<Boolean> enabled =
                  s.has("enabled") ? Optional.of(s.get("enabled").asBoolean()) : Optional.empty();
              for (String k : List.of("url", "auth_url")) {
                if (s.has(k) && !s.get(k).isTextual()) {
                  throw doc.error(p + "/" + k, k + " must be a URL in quotes or plain text");
                }
              }
              if (s.has("instances") && !s.get("instances").isArray()) {
                throw doc.error(p + "/instances",
                    "instances must be a list of instance URLs, e.g. [\"https://mastodon.social\"]");
              }
              List<String> instances = strings(doc, p + "/instances");
              for (int i = 0; i < instances.size(); i++) {
                if (!instances.get(i).matches("(?i)https?://[^\\s/]+.*")) {
                  throw doc.error(p + "/instances/" + i, "'" + instances.get(i)
                      + "' is not an instance URL (e.g. https://mastodon.social)");
                }
              }
              Optional<String> url =
                  s.has("url") ? Optional.of(s.get("url").asText()) : Optional.empty();
              Optional<Integer> limit =
                  s.has("limit") ? Optional.of(s.get("limit").asInt()) : Optional.empty();
              if (limit.isPresent() && (!s.get("limit").canConvertToInt() || limit.get() < 1)) {
                throw doc.error(p + "/limit", "limit must be a whole number of posts, 1 or more");
              }
              Optional<String> authUrl =
                  s.has("auth_url") ? Optional.of(s.get("auth_url").asText()) : Optional.empty();
              out.put(id, new SourceConfig(
                  enabled, url, instances, limit, authUrl));
            });
    return out;
  }
}
