package dev.hashvet.fetch.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;

/**
 * What servers say about when to come back, and the hosts that said "not before then". Reads
 * {@code Retry-After} (seconds or an HTTP date) and the rate-limit headers the sources send:
 * {@code X-RateLimit-Reset} as an ISO instant (Mastodon), {@code RateLimit-Reset} as epoch seconds
 * (Bluesky) or {@code X-RateLimit-Reset} as seconds from now (Reddit), each with its {@code
 * Remaining} count.
 */
final class RateLimits {
  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss'Z'");
  // Reset values above this are epoch seconds; below, seconds from now.
  private static final double EPOCH_THRESHOLD = 1_000_000_000d;

  private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

  /** When a 429 or 503 answer says to come back: Retry-After first, then the reset header. */
  static Optional<Instant> retryAt(Headers h, Instant now) {
    Optional<Instant> retry = retryAfter(h.get("Retry-After"), now);
    return retry.isPresent() ? retry : resetAt(h, now);
  }

  static Optional<Instant> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      long secs = Long.parseLong(v);
      return Optional.of(now.plusSeconds(Math.max(0, secs)));
    } catch (NumberFormatException e) {
      try {
        return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  /** The reset time of the window, from X-RateLimit-Reset or RateLimit-Reset. */
  static Optional<Instant> resetAt(Headers h, Instant now) {
    String v = first(h, "X-RateLimit-Reset", "RateLimit-Reset");
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    String s = v.strip();
    try {
      return Optional.of(Instant.parse(s));
    } catch (DateTimeParseException e) {
      OptionalDouble n = number(s);
      if (n.isEmpty() || n.getAsDouble() < 0) {
        return Optional.empty();
      }
      double d = n.getAsDouble();
      if (d >= EPOCH_THRESHOLD) {
        return Optional.of(Instant.ofEpochMilli((long) (d * 1000)));
      }
      return Optional.of(now.plusMillis((long) (d * 1000)));
    }
  }

  /** Requests left in the window, if the server says. */
  static OptionalDouble remaining(Headers h) {
    String v = first(h, "X-RateLimit-Remaining", "RateLimit-Remaining");
    return v == null ? OptionalDouble.empty() : number(v.strip());
  }

  /** Notes a host that has used up its window, so the next request waits or gives up at once. */
  void observe(String host, Headers h, Instant now) {
    OptionalDouble left = remaining(h);
    if (left.isPresent() && left.getAsDouble() < 1) {
      resetAt(h, now).filter(t -> t.isAfter(now)).ifPresent(t -> blockedUntil.merge(host, t,
          (a, b) -> a.isAfter(b) ? a : b));
    }
  }

  /** When {@code host} may be asked again, if it asked us to wait. */
  Optional<Instant> blockedUntil(String host, Instant now) {
    Instant t = blockedUntil.get(host);
    if (t == null || !t.isAfter(now)) {
      blockedUntil.remove(host, t);
      return Optional.empty();
    }
    return Optional.of(t);
  }

  /** "12:05:00Z" within a day of {@code now}, else the full instant. */
  static String until(Instant t, Instant now) {
    if (Duration.between(now, t).compareTo(Duration.ofHours(20)) < 0) {
      return CLOCK_TIME.format(t.atOffset(ZoneOffset.UTC));
    }
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  private static String first(Headers h, String... names) {
    for (String n : names) {
      String v = h.get(n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static OptionalDouble number(String s) {
    try {
      double d = Double.parseDouble(s);
      return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }
}
