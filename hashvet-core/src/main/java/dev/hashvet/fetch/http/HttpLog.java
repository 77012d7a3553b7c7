package dev.hashvet.fetch.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The {@code --verbose} log of requests: one line out, one line back, with the request headers.
 * Credentials never reach it: Authorization, cookies and API keys are shown as "[redacted]", and
 * request bodies (which carry passwords at login) are never logged.
 */
final class HttpLog implements Interceptor {
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

  private final String source;
  private final Consumer<String> sink;

  HttpLog(String source, Consumer<String> sink) {
    this.source = source;
    this.sink = sink;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request req = chain.request();
    long start = System.nanoTime();
    sink.accept("http " + source + ": " + req.method() + " " + req.url() + headers(req.headers()));
    try {
      Response r = chain.proceed(req);
      long ms = (System.nanoTime() - start) / 1_000_000;
      String from = r.networkResponse() == null && r.cacheResponse() != null ? " (HTTP cache)" : "";
      String type = r.header("Content-Type", "no content type");
      sink.accept("http " + source + ": " + r.code() + " " + type + " in " + ms + " ms" + from);
      return r;
    } catch (IOException e) {
      sink.accept("http " + source + ": failed: " + e.getClass().getSimpleName());
      throw e;
    }
  }

  /** The headers as " [Name: value; ...]" with secrets redacted. */
  static String headers(Headers h) {
    if (h.size() == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" [");
    for (int i = 0; i < h.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      String name = h.name(i);
      boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      sb.append(name).append(": ").append(secret ? "[redacted]" : h.value(i));
    }
    return sb.append(']').toString();
  }
}
