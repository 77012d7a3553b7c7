package dev.hashvet.config;

import dev.hashvet.garm.BrandProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings from {@code .hashvet.yml}. Every field has a default, so an absent file is the
 * same as an empty one.
 *
 * @param file where the settings came from, or empty for the defaults
 * @param regions default target markets (upper case)
 * @param languages default audience languages
 * @param failOn default --fail-on level ("review", "block", "never"), or empty
 * @param ruleDirs extra rule folders, resolved against the file's folder
 * @param allow accepted findings
 * @param sources per-source settings by source id
 * @param profile the brand profile ({@code brand:} and {@code suitability:}), or none
 */
public record Config(
    Optional<Path> file,
    List<String> regions,
    List<String> languages,
    Optional<String> failOn,
    List<Path> ruleDirs,
    List<AllowEntry> allow,
    Map<String, SourceConfig> sources,
    BrandProfile profile) {
  public static final Config DEFAULT =
      new Config(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), Map.of());

  /** Settings without a brand profile. */
  public Config(
      Optional<Path> file,
      List<String> regions,
      List<String> languages,
      Optional<String> failOn,
      List<Path> ruleDirs,
      List<AllowEntry> allow,
      Map<String, SourceConfig> sources) {
    this(file, regions, languages, failOn, ruleDirs, allow, sources, BrandProfile.NONE);
  }

  public Config {
    regions = List.copyOf(regions);
    languages = List.copyOf(languages);
    ruleDirs = List.copyOf(ruleDirs);
    allow = List.copyOf(allow);
    sources = Map.copyOf(sources);
  }

  public SourceConfig source(String id) {
    return sources.getOrDefault(id, SourceConfig.DEFAULT);
  }
}
