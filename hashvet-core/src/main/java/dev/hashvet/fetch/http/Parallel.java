package dev.hashvet.fetch.http;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests of one source run side by side (a Mastodon instance's timeline, history and trends; a
 * batch of Bluesky profiles) on the provider's request pool, each awaited no longer than the
 * check's deadline.
 */
public final class Parallel {
  private Parallel() {}

  /** A request started on {@code pool}. */
  public interface Task<T> {
    T call() throws SourceFailure;
  }

  /** Starts {@code task} on {@code pool}; {@link #await} gives its value or its failure. */
  public static <T> FutureTask<T> start(Executor pool, Task<T> task) {
    Callable<T> c = task::call;
    FutureTask<T> f = new FutureTask<>(c);
    try {
      pool.execute(f);
    } catch (RejectedExecutionException e) {
      f.run();
    }
    return f;
  }

  /** The task's value, or its failure; past the deadline, a time-out (and the task is cancelled). */
  public static <T> T await(FutureTask<T> f, Deadline deadline) throws SourceFailure {
    try {
      return f.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | CancellationException e) {
      f.cancel(true);
      throw SourceFailure.timedOut("no answer within " + deadline.budget());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw SourceFailure.timedOut("no answer within " + deadline.budget());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SourceFailure sf) {
        throw sf;
      }
      throw SourceFailure.unavailable("internal error: " + e.getCause());
    }
  }
}
