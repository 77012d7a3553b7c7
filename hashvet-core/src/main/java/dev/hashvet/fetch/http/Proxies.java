package dev.hashvet.fetch.http;

import dev.hashvet.HashvetException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * The proxies the environment asks for, as curl and most tools read them: {@code https_proxy} for
 * https URLs, {@code http_proxy} for http URLs (lower case wins over {@code HTTPS_PROXY}, {@code
 * HTTP_PROXY}), except for the hosts in {@code no_proxy}/{@code NO_PROXY} (comma-separated: a
 * host matches itself and its subdomains, a leading '.' or "*." is allowed, {@code host:port}
 * limits to one port, {@code *} matches everything). A proxy is an HTTP proxy URL ({@code
 * http://[user:password@]host[:port]}, port 80 by default; a bare {@code host:port} is taken as
 * http); its user and password (percent-decoded) answer the proxy's 407 challenge, sent ahead for
 * HTTPS tunnels. Credentials are never part of {@link #toString} or any message.
 */
public final class Proxies extends ProxySelector {
  /** No proxy: every request goes direct. */
  public static final Proxies NONE = new Proxies(Optional.empty(), Optional.empty(), List.of());

  /** One proxy and its credentials ("" when none). */
  private record Entry(Proxy proxy, String host, int port, String credentials) {}

  /** One no_proxy entry: a host suffix, and a port or -1 for any. */
  private record Bypass(String host, int port) {
    boolean matches(String h, int p) {
      return (port < 0 || port == p)
          && (host.equals("*") || h.equals(host) || h.endsWith("." + host));
    }
  }

  private final Optional<Entry> https;
  private final Optional<Entry> http;
  private final List<Bypass> bypass;

  private Proxies(Optional<Entry> https, Optional<Entry> http, List<Bypass> bypass) {
    this.https = https;
    this.http = http;
    this.bypass = List.copyOf(bypass);
  }

  /**
   * The proxies in {@code env}.
   *
   * @throws HashvetException (bad input) naming the variable when a proxy URL cannot be used
   */
  public static Proxies fromEnv(Map<String, String> env) {
    Optional<Entry> https = entry(env, "https_proxy");
    Optional<Entry> http = entry(env, "http_proxy");
    List<Bypass> bypass = new ArrayList<>();
    for (String item : first(env, "no_proxy").map(v -> v.getValue().split(",")).orElse(
        new String[0])) {
      String s = item.strip().toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        continue;
      }
      int port = -1;
      int colon = s.lastIndexOf(':');
      if (colon > 0 && s.indexOf(']') < colon && s.substring(colon + 1).matches("[0-9]{1,5}")) {
        port = Integer.parseInt(s.substring(colon + 1));
        s = s.substring(0, colon);
      }
      s = s.startsWith("*.") ? s.substring(2) : s.startsWith(".") ? s.substring(1) : s;
      s = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
      bypass.add(new Bypass(s, port));
    }
    return new Proxies(https, http, bypass);
  }

  /** The variable's value, lower-case name first; blank values count as unset. */
  private static Optional<Map.Entry<String, String>> first(Map<String, String> env, String name) {
    for (String n : List.of(name, name.toUpperCase(Locale.ROOT))) {
      String v = env.getOrDefault(n, "");
      if (!v.isBlank()) {
        return Optional.of(Map.entry(n, v.strip()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Entry> entry(Map<String, String> env, String name) {
    Optional<Map.Entry<String, String>> found = first(env, name);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String var = found.get().getKey();
    String value = found.get().getValue();
    URI uri;
    try {
      uri = new URI(value.contains("://") ? value : "http://" + value);
    } catch (URISyntaxException e) {
      throw bad(var, "not a URL");
    }
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      throw bad(var, "only http:// proxies are supported, not " + uri.getScheme() + "://");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw bad(var, "no proxy host");
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 80;
    String credentials = "";
    String info = uri.getRawUserInfo();
    if (info != null && !info.isEmpty()) {
      int colon = info.indexOf(':');
      String user = decode(colon < 0 ? info : info.substring(0, colon));
      String password = colon < 0 ? "" : decode(info.substring(colon + 1));
      credentials = Credentials.basic(user, password, StandardCharsets.UTF_8);
    }
    String host = uri.getHost();
    return Optional.of(new Entry(new Proxy(Proxy.Type.HTTP,
        InetSocketAddress.createUnresolved(host, port)), host, port, credentials));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static HashvetException bad(String var, String why) {
    // The value may hold a password: it is not repeated.
    return HashvetException.input(var + ": cannot use this proxy: " + why,
        "set it to http://host:port (or http://user:password@host:port)");
  }

  /** True when no variable asks for a proxy. */
  public boolean none() {
    return https.isEmpty() && http.isEmpty();
  }

  @Override
  public List<Proxy> select(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    Optional<Entry> e = switch (scheme) {
      case "https" -> https;
      case "http" -> http;
      default -> Optional.empty();
    };
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
        : host;
    int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    for (Bypass b : bypass) {
      if (b.matches(host, port)) {
        return List.of(Proxy.NO_PROXY);
      }
    }
    return List.of(e.map(Entry::proxy).orElse(Proxy.NO_PROXY));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // Nothing to remember: OkHttp reports the failure, and there is no other proxy to try.
  }

  /** Answers a proxy's 407 with the credentials of that proxy's URL, once. */
  public Authenticator authenticator() {
    return (Route route, Response response) -> {
      if (route == null || response.request().header("Proxy-Authorization") != null) {
        return null;
      }
      Optional<String> credentials = credentials(route.proxy());
      if (credentials.isEmpty()) {
        return null;
      }
      Request.Builder b = response.request().newBuilder();
      return b.header("Proxy-Authorization", credentials.get()).build();
    };
  }

  private Optional<String> credentials(Proxy proxy) {
    for (Optional<Entry> e : List.of(https, http)) {
      if (e.isPresent() && e.get().proxy().equals(proxy) && !e.get().credentials().isEmpty()) {
        return Optional.of(e.get().credentials());
      }
    }
    return Optional.empty();
  }

  /** The proxies' hosts and ports (never their credentials), for --verbose. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    https.ifPresent(e -> parts.add("https via " + e.host() + ":" + e.port()));
    http.ifPresent(e -> parts.add("http via " + e.host() + ":" + e.port()));
    if (!bypass.isEmpty()) {
      parts.add("direct for " + bypass.size() + " no_proxy entr" + (bypass.size() == 1 ? "y"
          : "ies"));
    }
    return parts.isEmpty() ? "no proxy" : String.join(", ", parts);
  }
}
