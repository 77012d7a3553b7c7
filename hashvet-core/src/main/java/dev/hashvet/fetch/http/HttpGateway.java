package dev.hashvet.fetch.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import okhttp3.Cache;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The one HTTP policy: every source sends its requests through a view of one shared {@link
 * OkHttpClient} (its connection pool, dispatcher and disk cache shared; per-source settings via
 * {@code newBuilder()}). A request gets the policy's time-outs cut to the check's deadline; a GET
 * is retried at most twice after a 429, a 5xx or a dropped connection, with exponential backoff
 * and jitter, waiting as long as {@code Retry-After} or the rate-limit headers ask if that fits
 * under the cap and the deadline, else giving up at once ("rate limited until 12:05:00Z"). Bodies
 * are read up to the size cap and no further.
 */
public final class HttpGateway implements AutoCloseable {
  private static final long HTTP_CACHE_BYTES = 20L * 1024 * 1024;

  private final OkHttpClient client;
  private final HttpPolicy policy;
  private final Clock clock;
  private final Random random;
  private final RateLimits limits;
  private final Consumer<String> log;
  private final Optional<Pacer> pacer;
  private final String label;

  private HttpGateway(
      OkHttpClient client,
      HttpPolicy policy,
      Clock clock,
      Random random,
      RateLimits limits,
      Consumer<String> log,
      Optional<Pacer> pacer,
      String label) {
    this.client = client;
    this.policy = policy;
    this.clock = clock;
    this.random = random;
    this.limits = limits;
    this.log = log;
    this.pacer = pacer;
    this.label = label;
  }

  /**
   * The shared gateway.
   *
   * @param policy time-outs, caps, retries and User-Agent
   * @param clock for reading dates in headers and saying "until when"
   * @param httpCacheDir where OkHttp keeps its HTTP cache, or empty for none
   * @param log where the verbose request log goes (a no-op when not verbose)
   */
  public static HttpGateway create(
      HttpPolicy policy, Clock clock, Optional<Path> httpCacheDir, Consumer<String> log) {
    return create(policy, clock, httpCacheDir, log, Proxies.NONE);
  }

  /**
   * The shared gateway, through the proxies the environment asks for.
   *
   * @param proxies which requests go through which proxy, and the proxies' credentials
   */
  public static HttpGateway create(HttpPolicy policy, Clock clock, Optional<Path> httpCacheDir,
      Consumer<String> log, Proxies proxies) {
    String ua = policy.userAgent();
    OkHttpClient.Builder b =
        new OkHttpClient.Builder()
            .connectTimeout(policy.connectTimeout())
            .readTimeout(policy.readTimeout())
            .writeTimeout(policy.readTimeout())
            .callTimeout(policy.callTimeout())
            // Retries are ours (counted, bounded, backed off); HTTPS never downgrades to HTTP.
            .retryOnConnectionFailure(false)
            .followSslRedirects(false)
            .addInterceptor(chain -> chain.proceed(
                chain.request().newBuilder().header("User-Agent", ua).build()));
    if (!proxies.none()) {
      b.proxySelector(proxies).proxyAuthenticator(proxies.authenticator());
    }
    httpCacheDir.ifPresent(dir -> b.cache(new Cache(dir.toFile(), HTTP_CACHE_BYTES)));
    return new HttpGateway(b.build(), policy, clock, new Random(), new RateLimits(), log,
        Optional.empty(), "http");
  }

  /** A view for one source: same pool, cache and limits; its requests logged under its id. */
  public HttpGateway forSource(String sourceId) {
    OkHttpClient c = client.newBuilder().addInterceptor(new HttpLog(sourceId, log)).build();
    return new HttpGateway(c, policy, clock, random, limits, log, pacer, sourceId);
  }

  /** A view whose requests are spaced at least {@code interval} apart (all its users together). */
  public HttpGateway paced(Duration interval) {
    return new HttpGateway(client, policy, clock, random, limits, log,
        Optional.of(new Pacer(interval)), label);
  }

  public Clock clock() {
    return clock;
  }

  public HttpPolicy policy() {
    return policy;
  }

  /** A GET (or other idempotent request), retried as the policy allows. */
  public HttpAnswer get(Request request, Deadline deadline) throws SourceFailure {
    Optional<SourceFailure> last = Optional.empty();
    for (int attempt = 0; ; attempt++) {
      // A retry that cannot get its turn in time reports what went wrong, not the wait.
      waitTurn(request, deadline, last);
      HttpAnswer answer;
      try {
        answer = once(request, deadline);
      } catch (Retryable e) {
        SourceFailure giveUp = SourceFailure.unavailable("connection failed: " + e.getMessage());
        if (attempt >= policy.maxRetries()) {
          throw giveUp;
        }
        sleep(backoff(attempt), deadline, giveUp);
        last = Optional.of(giveUp);
        continue;
      }
      int code = answer.code();
      if (code != 429 && code != 500 && code != 502 && code != 503 && code != 504) {
        return answer;
      }
      SourceFailure giveUp = refusal(answer);
      if (attempt > 0) {
        giveUp = giveUp.prefixed("after " + (attempt + 1) + " tries: ");
      }
      Instant now = clock.instant();
      Optional<Instant> at = RateLimits.retryAt(answer.headers(), now);
      Duration wait;
      if (at.isPresent()) {
        wait = Duration.between(now, at.get());
        if (wait.compareTo(policy.maxRetryWait()) > 0) {
          throw giveUp;
        }
        wait = (wait.isNegative() ? Duration.ZERO : wait).plusMillis(random.nextInt(50));
      } else {
        wait = backoff(attempt);
      }
      if (attempt >= policy.maxRetries()) {
        throw giveUp;
      }
      sleep(wait, deadline, giveUp);
      last = Optional.of(giveUp);
    }
  }

  /**
   * The failure a refused answer means, with "until" when the server says when to come back:
   * "rate limited until 12:05:00Z", "unavailable (HTTP 503) until ...", "not authorised (HTTP
   * 401): ...".
   */
  public SourceFailure refusal(HttpAnswer answer) {
    int code = answer.code();
    if (code == 429 || code == 503) {
      Instant now = clock.instant();
      Optional<Instant> at = RateLimits.retryAt(answer.headers(), now);
      if (at.isPresent()) {
        String why = code == 429 ? "rate limited" : "unavailable (HTTP 503)";
        return SourceFailure.unavailable(why + " until " + RateLimits.until(at.get(), now));
      }
    }
    return SourceFailure.unavailable(answer.describeStatus());
  }

  /** A request that must not be repeated (a login, a token request): sent once. */
  public HttpAnswer send(Request request, Deadline deadline) throws SourceFailure {
    waitTurn(request, deadline, Optional.empty());
    try {
      return once(request, deadline);
    } catch (Retryable e) {
      throw SourceFailure.unavailable("connection failed: " + e.getMessage());
    }
  }

  /**
   * Waits until the host's rate-limit window reopens and the pacer's slot comes, or gives up at
   * once when that is past the cap or the deadline: with {@code instead} if given, else with
   * "rate limited until ...".
   */
  private void waitTurn(Request request, Deadline deadline, Optional<SourceFailure> instead)
      throws SourceFailure {
    Instant now = clock.instant();
    Optional<Instant> blocked = limits.blockedUntil(request.url().host(), now);
    if (blocked.isPresent()) {
      Duration wait = Duration.between(now, blocked.get());
      SourceFailure giveUp = instead.orElse(
          SourceFailure.unavailable("rate limited until " + RateLimits.until(blocked.get(), now)));
      if (wait.compareTo(policy.maxRetryWait()) > 0) {
        throw giveUp;
      }
      sleep(wait, deadline, giveUp);
    }
    if (pacer.isPresent()) {
      Duration wait = pacer.get().reserve(deadline);
      if (wait.isNegative()) {
        Instant next = clock.instant().plus(wait.negated());
        throw instead.orElse(SourceFailure.unavailable("rate limited until "
            + RateLimits.until(next, now) + " (one request every "
            + Deadline.seconds(pacer.get().interval()) + ")"));
      }
      sleep(wait, deadline, SourceFailure.timedOut("no answer within " + deadline.budget()));
    }
  }

  private HttpAnswer once(Request request, Deadline deadline) throws SourceFailure, Retryable {
    String host = request.url().host();
    Duration left = deadline.remaining();
    if (left.isZero()) {
      throw SourceFailure.timedOut("no answer within " + deadline.budget());
    }
    Call call = client.newCall(request);
    long budget = Math.min(left.toNanos(), policy.callTimeout().toNanos());
    call.timeout().timeout(budget, TimeUnit.NANOSECONDS);
    try (Response r = call.execute()) {
      HttpAnswer answer = new HttpAnswer(r.code(), r.headers(), r.request().url(),
          readCapped(r.body()).readByteString());
      limits.observe(host, r.headers(), clock.instant());
      return answer;
    } catch (InterruptedIOException e) {
      if (deadline.expired() || budget == left.toNanos()) {
        throw SourceFailure.timedOut("no complete answer within " + deadline.budget());
      }
      throw SourceFailure.timedOut("no answer from " + host + " (time-out)");
    } catch (ConnectException e) {
      throw SourceFailure.unavailable("connection refused by " + hostPort(request));
    } catch (UnknownHostException e) {
      throw SourceFailure.unavailable("DNS: cannot resolve " + host);
    } catch (NoRouteToHostException e) {
      throw SourceFailure.unavailable("no route to " + host);
    } catch (SSLException e) {
      throw SourceFailure.unavailable("TLS failed with " + host + ": " + e.getMessage());
    } catch (TooLarge e) {
      throw SourceFailure.unavailable(e.getMessage());
    } catch (IOException e) {
      if (deadline.expired()) {
        throw SourceFailure.timedOut("no complete answer within " + deadline.budget());
      }
      throw new Retryable(e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    }
  }

  private Buffer readCapped(ResponseBody body) throws IOException {
    long cap = policy.maxBodyBytes();
    if (body.contentLength() > cap) {
      throw new TooLarge("answer over the " + size(cap) + " size cap ("
          + size(body.contentLength()) + " announced)");
    }
    Buffer buf = new Buffer();
    BufferedSource src = body.source();
    while (buf.size() <= cap) {
      if (src.read(buf, 8192) == -1) {
        return buf;
      }
    }
    throw new TooLarge("answer over the " + size(cap) + " size cap");
  }

  private static String size(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
  }

  private static String hostPort(Request r) {
    return r.url().host() + ":" + r.url().port();
  }

  private Duration backoff(int attempt) {
    long base = policy.backoff().toMillis() << attempt;
    return Duration.ofMillis(base + (base == 0 ? 0 : random.nextInt((int) Math.min(base, 10_000))));
  }

  /** Sleeps {@code wait}, or throws {@code giveUp} at once when it would pass the deadline. */
  private static void sleep(Duration wait, Deadline deadline, SourceFailure giveUp)
      throws SourceFailure {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    if (wait.compareTo(deadline.remaining()) >= 0) {
      throw giveUp;
    }
    try {
      Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SourceFailure.timedOut("no answer within " + deadline.budget());
    }
  }

  /** Closes the connections, the dispatcher's threads and the cache. */
  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    Cache cache = client.cache();
    if (cache != null) {
      try {
        cache.close();
      } catch (IOException e) {
        log.accept("http: closing the HTTP cache failed: " + e.getMessage());
      }
    }
  }

  /** An answer larger than the cap; never retried. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** A dropped connection or another transient failure: worth one more try. */
  private static final class Retryable extends Exception {
    private static final long serialVersionUID = 1L;

    Retryable(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public String toString() {
    return "HttpGateway[" + label + "]";
  }
}
