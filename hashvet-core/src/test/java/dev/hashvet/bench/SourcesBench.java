package dev.hashvet.bench;

import dev.hashvet.fetch.FakeSources;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.LiveContextProvider;
import dev.hashvet.context.SourceReport;
import dev.hashvet.context.SourceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live sources' parallelism and cache, on loopback only: five fake sources (MockWebServer)
 * that answer every request after a fixed delay. Prints each source's wall time alone, a check's
 * wall time with all five, their ratio (target under 1.3), and the requests a second identical
 * check within the cache lifetime makes (target 0). Not a test: run bench/sources.sh.
 */
public final class SourcesBench {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private SourcesBench() {}

  public static void main(String[] args) throws Exception {
    long delayMs = args.length > 0 ? Long.parseLong(args[0]) : 300;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    try (FakeSources servers = FakeSources.start().delay(Duration.ofMillis(delayMs))) {
      // Warm up class loading, JIT and connections once, uncounted.
      timeCheck(servers, List.of());

      Map<String, Long> alone = new LinkedHashMap<>();
      for (String id : LiveContextProvider.SOURCE_IDS) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          times.add(timeCheck(servers, List.of(id)));
        }
        alone.put(id, median(times));
      }
      List<Long> all = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        all.add(timeCheck(servers, List.of()));
      }
      long together = median(all);
      String slowest = alone.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
          .getKey();
      System.out.printf(Locale.ROOT, "every request answered after %d ms; median of %d rounds%n",
          delayMs, rounds);
      alone.forEach((id, ms) -> System.out.printf(Locale.ROOT, "  %-10s alone: %5d ms%n", id, ms));
      System.out.printf(Locale.ROOT, "  all five together: %5d ms (min %d, max %d)%n", together,
          all.stream().min(Long::compare).orElseThrow(),
          all.stream().max(Long::compare).orElseThrow());
      double ratio = (double) together / alone.get(slowest);
      System.out.printf(Locale.ROOT, "check / slowest source (%s): %.2fx (target < 1.30x) %s%n",
          slowest, ratio, ratio < 1.3 ? "OK" : "OVER");

      Path cache = Files.createTempDirectory("hashvet-bench-cache");
      try (LiveContextProvider p = servers.provider(TIMEOUT).cacheDir(cache).build()) {
        int before = servers.totalRequests();
        long t0 = System.nanoTime();
        FetchedContext first = p.fetch(FakeSources.QUERY);
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        int firstRequests = servers.totalRequests() - before;
        t0 = System.nanoTime();
        FetchedContext second = p.fetch(FakeSources.QUERY);
        long secondMs = (System.nanoTime() - t0) / 1_000_000;
        int secondRequests = servers.totalRequests() - before - firstRequests;
        System.out.printf(Locale.ROOT, "cache: first check %d requests in %d ms; identical second"
            + " check %d requests in %d ms (%s) %s%n", firstRequests, firstMs, secondRequests,
            secondMs, first.posts().equals(second.posts()) ? "same posts" : "DIFFERENT posts",
            secondRequests == 0 ? "OK" : "OVER");
      }
    }
  }

  /** One check's wall time in ms; fails loudly if a source did not answer. */
  private static long timeCheck(FakeSources servers, List<String> ids) {
    try (LiveContextProvider p = servers.provider(TIMEOUT).sources(ids).build()) {
      long t0 = System.nanoTime();
      FetchedContext ctx = p.fetch(FakeSources.QUERY);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      for (SourceReport r : ctx.sources()) {
        if (r.status() != SourceStatus.OK) {
          throw new IllegalStateException(r.id() + " did not answer: " + r.detail());
        }
      }
      return ms;
    }
  }

  private static long median(List<Long> xs) {
    List<Long> s = xs.stream().sorted().toList();
    return s.get(s.size() / 2);
  }
}
