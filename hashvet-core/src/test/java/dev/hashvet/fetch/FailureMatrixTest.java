package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every source against every way a server refuses: the failing source shows the right status and
 * reason, the check ends within its deadline, and the four other sources still answer.
 */
class FailureMatrixTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  // The deadline, the provider's grace and a loaded two-core machine.
  private static final Duration BOUND = TIMEOUT.plusMillis(1500);

  /** One way to fail: how to set it up, and the status and words it must show. */
  record Failure(String name, Consumer<Setup> apply, SourceStatus status, String detail) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The servers and the failing source's id. */
  record Setup(FakeSources servers, String id) {}

  static final List<Failure> FAILURES = List.of(
      new Failure("401", s -> s.servers().fail(s.id(),
          FakeSources.answer(401, "application/json", "mastodon/error-401.json")),
          SourceStatus.UNAVAILABLE, "401"),
      new Failure("403 HTML", s -> s.servers().fail(s.id(),
          FakeSources.answer(403, "text/html; charset=utf-8", "common/blocked.html")),
          SourceStatus.UNAVAILABLE, "blocked"),
      new Failure("429 with Retry-After", s -> s.servers().fail(s.id(),
          new MockResponse.Builder().code(429).setHeader("Retry-After", "3600")
              .setHeader("Content-Type", "application/json")
              .body("{\"error\":\"Too many requests\"}").build()),
          SourceStatus.UNAVAILABLE, "rate limited until 13:00:00Z"),
      new Failure("429 without Retry-After", s -> s.servers().fail(s.id(),
          new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
              .body("{\"error\":\"Too many requests\"}").build()),
          SourceStatus.UNAVAILABLE, "rate limited"),
      new Failure("500", s -> s.servers().fail(s.id(),
          new MockResponse.Builder().code(500).setHeader("Content-Type", "text/plain")
              .body("Internal Server Error").build()),
          SourceStatus.UNAVAILABLE, "server error (HTTP 500)"),
      new Failure("503", s -> s.servers().fail(s.id(),
          new MockResponse.Builder().code(503).setHeader("Content-Type", "text/html")
              .body("<html><title>Service Unavailable</title></html>").build()),
          SourceStatus.UNAVAILABLE, "HTTP 503"),
      new Failure("malformed JSON", s -> s.servers().fail(s.id(),
          new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
              .body("{\"posts\": [{\"uri\": \"at://x\", ").build()),
          SourceStatus.UNAVAILABLE, "malformed JSON"),
      new Failure("wrong content type", s -> s.servers().fail(s.id(),
          FakeSources.answer(200, "text/html; charset=utf-8", "common/blocked.html")),
          SourceStatus.UNAVAILABLE, "unexpected content type text/html"),
      new Failure("body over the cap", s -> s.servers().fail(s.id(),
          new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
              .body("[" + "\"x\",".repeat(40_000) + "\"x\"]").build()),
          SourceStatus.UNAVAILABLE, "size cap"),
      new Failure("body trickling past the deadline", s -> s.servers().fail(s.id(),
          new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
              .body(FakeSources.body(mainBody(s.id())))
              .throttleBody(16, 500, TimeUnit.MILLISECONDS).build()),
          SourceStatus.TIMED_OUT, "within 3 s"),
      new Failure("connection refused", s -> refuse(s),
          SourceStatus.UNAVAILABLE, "connection refused"));

  /**
   * One run with every source answering before the matrix: the first fetch of a JVM loads and
   * compiles the HTTP client, the JSON readers and the sources' mappers, which on a loaded
   * two-core machine alone can take most of the deadline that each case measures.
   */
  @BeforeAll
  static void warmUp() throws Exception {
    try (FakeSources servers = FakeSources.start();
        LiveContextProvider p = servers.provider(TIMEOUT.multipliedBy(10)).build()) {
      assertThat(p.fetch(FakeSources.QUERY).anyAnswered()).isTrue();
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String id : LiveContextProvider.SOURCE_IDS) {
      for (Failure f : FAILURES) {
        out.add(Arguments.of(id, f));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void failingSourceIsReportedAndTheOthersStillAnswer(String id, Failure failure)
      throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      failure.apply().accept(new Setup(servers, id));
      try (LiveContextProvider p = servers.provider(TIMEOUT).build()) {
        long start = System.nanoTime();
        FetchedContext ctx = p.fetch(FakeSources.QUERY);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf("matrix | %s | %s | %s | %s | %d ms%n", id, failure.name(),
            ctx.sources().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                .status().id(),
            ctx.sources().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                .detail(), took.toMillis());
        assertThat(took).isLessThan(BOUND);
        Map<String, SourceReport> byId = new java.util.HashMap<>();
        ctx.sources().forEach(r -> byId.put(r.id(), r));
        SourceReport failed = byId.get(id);
        assertThat(failed.status()).as(failed.detail()).isEqualTo(failure.status());
        assertThat(failed.detail()).contains(failure.detail());
        assertThat(failed.posts()).isZero();
        for (String other : LiveContextProvider.SOURCE_IDS) {
          if (!other.equals(id)) {
            assertThat(byId.get(other).status()).as(other + ": " + byId.get(other).detail())
                .isEqualTo(SourceStatus.OK);
          }
        }
        assertThat(ctx.anyAnswered()).isTrue();
      }
    }
  }

  private static void refuse(Setup s) {
    try {
      s.servers().refuse(s.id());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String mainBody(String id) {
    return switch (id) {
      case "mastodon" -> "mastodon/timeline-page1.json";
      case "bluesky" -> "bluesky/search.json";
      case "reddit" -> "reddit/search.json";
      case "news" -> "news/artlist.json";
      default -> "wikipedia/featured.json";
    };
  }
}
