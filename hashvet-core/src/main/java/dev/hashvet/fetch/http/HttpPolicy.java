package dev.hashvet.fetch.http;

import java.time.Duration;

/**
 * The limits every request lives within.
 *
 * @param userAgent the User-Agent sent with every request ("hashvet/0.1.0 (+https://...)")
 * @param connectTimeout time to open a connection
 * @param readTimeout longest silence while reading an answer
 * @param callTimeout longest time for one request, body included (the check's deadline may cut it
 *     shorter)
 * @param maxBodyBytes answers larger than this are refused (checked while streaming)
 * @param maxRetries retries of an idempotent GET after a 429, 5xx or dropped connection
 * @param backoff the first retry's wait; it doubles for the next, plus up to as much jitter
 * @param maxRetryWait the longest wait a {@code Retry-After} or rate-limit header may ask for;
 *     beyond it the source gives up at once ("rate limited until ...")
 */
public record HttpPolicy(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    long maxBodyBytes,
    int maxRetries,
    Duration backoff,
    Duration maxRetryWait) {
  /** 2 MB: far more than any page of posts, far less than a mistake can cost. */
  public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

  public HttpPolicy {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("a User-Agent is required");
    }
    if (maxRetries < 0 || maxRetries > 2) {
      throw new IllegalArgumentException("at most two retries");
    }
  }

  /** The defaults: 3 s to connect, 5 s of silence, 10 s a call, 2 MB, two retries, 5 s cap. */
  public static HttpPolicy defaults(String userAgent) {
    return new HttpPolicy(
        userAgent,
        Duration.ofSeconds(3),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        DEFAULT_MAX_BODY,
        2,
        Duration.ofMillis(200),
        Duration.ofSeconds(5));
  }

  public HttpPolicy withMaxBodyBytes(long bytes) {
    return new HttpPolicy(userAgent, connectTimeout, readTimeout, callTimeout, bytes, maxRetries,
        backoff, maxRetryWait);
  }

  public HttpPolicy withBackoff(Duration first, Duration cap) {
    return new HttpPolicy(userAgent, connectTimeout, readTimeout, callTimeout, maxBodyBytes,
        maxRetries, first, cap);
  }
}
