package dev.hashvet.fetch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.config.SourceConfig;
import dev.hashvet.fetch.http.HttpGateway;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What a source is built from.
 *
 * @param config its settings from {@code sources.<id>} in the config file
 * @param http its view of the shared HTTP gateway
 * @param clock the injected clock (token expiry, "today")
 * @param env the environment variables (credentials are read from here and nowhere else)
 * @param requests the pool its parallel requests run on
 * @param limitCap a cap on every source's post limit (a probe asks for a handful), or 0 for none
 */
public record SourceSetup(
    SourceConfig config,
    HttpGateway http,
    Clock clock,
    Map<String, String> env,
    Executor requests,
    int limitCap) {
  public SourceSetup {
    env = Map.copyOf(env);
  }

  /** A JSON reader that ignores unknown fields (services add fields all the time). */
  public static ObjectMapper json() {
    return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  /** The environment variable {@code name}, or "" when unset or blank. */
  public String var(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? "" : v;
  }

  /** The configured post limit (or {@code fallback}), kept within 1..{@code max} and the cap. */
  public int limit(int fallback, int max) {
    int n = Math.max(1, Math.min(config.limit().orElse(fallback), max));
    return limitCap > 0 ? Math.min(n, limitCap) : n;
  }

  /** The configured base URL or {@code fallback}, without a trailing slash. */
  public String url(String fallback) {
    return trimSlash(config.url().orElse(fallback));
  }

  /** {@code url} without trailing slashes; "https://" added when no scheme is given. */
  public static String trimSlash(String url) {
    String u = url.strip();
    if (!u.contains("://")) {
      u = "https://" + u;
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }
}
