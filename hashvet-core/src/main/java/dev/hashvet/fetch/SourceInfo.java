package dev.hashvet.fetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source's settings as {@code hashvet sources} shows them. Credentials appear only as set or not
 * set, never their values.
 *
 * @param id the source id
 * @param enabled whether a check asks it
 * @param why when not enabled, why ("off by default: ...", "set BLUESKY_HANDLE and ..."); else ""
 * @param urls the base URLs it asks (Mastodon: one per instance)
 * @param credentials the environment variables it reads, each with whether it is set
 * @param limits its limits in plain words
 */
public record SourceInfo(
    String id,
    boolean enabled,
    String why,
    List<String> urls,
    Map<String, Boolean> credentials,
    String limits) {
  public SourceInfo {
    urls = List.copyOf(urls);
    credentials = Collections.unmodifiableMap(new LinkedHashMap<>(credentials));
  }
}
