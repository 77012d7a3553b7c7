package dev.hashvet.vet;

import dev.hashvet.fetch.ContextProvider;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.fetch.Query;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Shares one provider between the rows of a run: each distinct query (a tag, or the key words of
 * a post without tags) is fetched once, however many rows carry it, and at most {@code parallel}
 * queries are fetched at the same time so the sources' rate limits hold. Rows asking for a query
 * already in flight wait for it instead of asking again. Safe to call from several threads.
 */
public final class ContextCache implements ContextProvider {
  private final ContextProvider inner;
  private final Semaphore permits;
  private final ConcurrentHashMap<String, CompletableFuture<FetchedContext>> fetched =
      new ConcurrentHashMap<>();

  public ContextCache(ContextProvider inner, int parallel) {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1");
    }
    this.inner = inner;
    this.permits = new Semaphore(parallel, true);
  }

  @Override
  public FetchedContext fetch(Query query) {
    String key = query.tag().isEmpty()
        ? "words:" + String.join(" ", query.words())
        : "tag:" + query.tag();
    CompletableFuture<FetchedContext> mine = new CompletableFuture<>();
    CompletableFuture<FetchedContext> earlier = fetched.putIfAbsent(key, mine);
    if (earlier != null) {
      return earlier.join();
    }
    permits.acquireUninterruptibly();
    try {
      FetchedContext f = inner.fetch(query);
      mine.complete(f);
      return f;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      permits.release();
    }
  }

  /** How many distinct queries were fetched so far. */
  public int queries() {
    return fetched.size();
  }
}
