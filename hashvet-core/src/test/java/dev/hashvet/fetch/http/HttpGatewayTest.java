package dev.hashvet.fetch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.fetch.FakeSources;
import dev.hashvet.context.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpGatewayTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final List<String> log = new ArrayList<>();
  private final HttpGateway http = HttpGateway.create(FakeSources.policy(), FakeSources.CLOCK,
      Optional.empty(), log::add).forSource("test");

  @AfterEach
  void close() {
    http.close();
  }

  private Request get(String path) {
    return new Request.Builder().url(server.url(path)).build();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  @Test
  void aShortRetryAfterIsWaitedForAndTheRetryAnswers() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
    server.enqueue(ok("{\"ok\":true}"));
    long start = System.nanoTime();
    HttpAnswer a = http.get(get("/x"), Deadline.after(Duration.ofSeconds(4)));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(a.code()).isEqualTo(200);
    assertThat(ms).isGreaterThanOrEqualTo(1000);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRetryAfterPastTheDeadlineGivesUpAtOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
    long start = System.nanoTime();
    assertThatThrownBy(() -> http.get(get("/x"), Deadline.after(Duration.ofSeconds(2))))
        .isInstanceOf(SourceFailure.class).hasMessage("rate limited until 12:00:03Z");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterAsAnHttpDate() throws Exception {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        FakeSources.NOW.plusSeconds(7200).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", date).build());
    assertThatThrownBy(() -> http.get(get("/x"), Deadline.after(Duration.ofSeconds(2))))
        .hasMessage("unavailable (HTTP 503) until 14:00:00Z");
  }

  @Test
  void serverErrorsAreRetriedTwiceThenReported() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(502).build());
    }
    assertThatThrownBy(() -> http.get(get("/x"), Deadline.after(Duration.ofSeconds(3))))
        .hasMessage("after 3 tries: server error (HTTP 502)");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aLoginIsNeverRetried() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).build());
    Request post = new Request.Builder().url(server.url("/login"))
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    HttpAnswer a = http.send(post, Deadline.after(Duration.ofSeconds(3)));
    assertThat(a.code()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anExhaustedRateLimitWindowStopsTheNextRequestBeforeItIsSent() throws Exception {
    server.enqueue(ok("{}").newBuilder().setHeader("X-RateLimit-Remaining", "0")
        .setHeader("X-RateLimit-Reset", "2026-11-23T12:30:00.123Z").build());
    http.get(get("/a"), Deadline.after(Duration.ofSeconds(3)));
    assertThatThrownBy(() -> http.get(get("/b"), Deadline.after(Duration.ofSeconds(3))))
        .hasMessage("rate limited until 12:30:00Z");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aChunkedBodyOverTheCapIsCutOffWhileStreaming() throws Exception {
    Buffer big = new Buffer().writeUtf8("[" + "1,".repeat(60_000) + "1]");
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type",
        "application/json").chunkedBody(big, 4096).build());
    assertThatThrownBy(() -> http.get(get("/big"), Deadline.after(Duration.ofSeconds(3))))
        .isInstanceOf(SourceFailure.class).hasMessage("answer over the 64 KB size cap");
  }

  @Test
  void contentTypeIsCheckedBeforeParsing() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
        .body("{\"looks\": \"like json\"}").build());
    HttpAnswer a = http.get(get("/x"), Deadline.after(Duration.ofSeconds(3)));
    assertThatThrownBy(() -> a.json(new com.fasterxml.jackson.databind.ObjectMapper()))
        .hasMessage("unexpected content type text/plain (expected JSON)");
  }

  @Test
  void aSlowHeaderPastTheDeadlineTimesOut() throws Exception {
    server.enqueue(ok("{}").newBuilder().headersDelay(3, TimeUnit.SECONDS).build());
    assertThatThrownBy(() -> http.get(get("/slow"), Deadline.after(Duration.ofMillis(500))))
        .isInstanceOfSatisfying(SourceFailure.class,
            f -> assertThat(f.status()).isEqualTo(SourceStatus.TIMED_OUT));
  }

  @Test
  void theVerboseLogRedactsAuthorization() throws Exception {
    server.enqueue(ok("{}"));
    http.get(new Request.Builder().url(server.url("/me")).header("Authorization",
        "Bearer TOPSECRET").build(), Deadline.after(Duration.ofSeconds(3)));
    assertThat(String.join("\n", log)).contains("http test: GET " + server.url("/me"))
        .contains("Authorization: [redacted]").contains("200 application/json")
        .doesNotContain("TOPSECRET");
  }

  @Test
  void rateLimitHeadersInTheirThreeForms() {
    Instant now = FakeSources.NOW;
    assertThat(RateLimits.resetAt(Headers.of("X-RateLimit-Reset", "2026-11-23T12:05:00.5Z"), now))
        .hasValue(Instant.parse("2026-11-23T12:05:00.5Z"));
    assertThat(RateLimits.resetAt(Headers.of("RateLimit-Reset",
        Long.toString(now.getEpochSecond() + 60)), now)).hasValue(now.plusSeconds(60));
    assertThat(RateLimits.resetAt(Headers.of("x-ratelimit-reset", "15"), now))
        .hasValue(now.plusSeconds(15));
    assertThat(RateLimits.retryAfter("nonsense", now)).isEmpty();
    assertThat(RateLimits.until(now.plus(Duration.ofDays(2)), now))
        .isEqualTo("2026-11-25T12:00:00Z");
  }
}
