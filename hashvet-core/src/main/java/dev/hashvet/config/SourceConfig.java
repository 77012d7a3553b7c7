package dev.hashvet.config;

import java.util.List;
import java.util.Optional;

/**
 * The settings of one live source under {@code sources.<id>} in the config file.
 *
 * @param enabled whether to use it; empty means the source's own default
 * @param url the base URL, or empty for the source's default
 * @param instances Mastodon instances to ask (empty for the default)
 * @param limit how many posts to ask for at most, or empty for the default
 * @param authUrl where to ask for an OAuth token (Reddit), or empty for the source's default
 */
public record SourceConfig(
    Optional<Boolean> enabled,
    Optional<String> url,
    List<String> instances,
    Optional<Integer> limit,
    Optional<String> authUrl) {
  public static final SourceConfig DEFAULT =
      new SourceConfig(Optional.empty(), Optional.empty(), List.of(), Optional.empty());

  public SourceConfig {
    instances = List.copyOf(instances);
  }

  /** Settings without an OAuth token URL. */
  public SourceConfig(
      Optional<Boolean> enabled, Optional<String> url, List<String> instances,
      Optional<Integer> limit) {
    this(enabled, url, instances, limit, Optional.empty());
  }
}
