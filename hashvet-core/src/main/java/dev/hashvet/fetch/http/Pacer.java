package dev.hashvet.fetch.http;

import java.time.Duration;

/**
 * Spaces requests to one service at least {@code interval} apart, across every thread that shares
 * it (GDELT asks for one request every 5 seconds). A caller reserves the next free slot; when that
 * slot lies past its deadline it gets no slot and must give up.
 */
final class Pacer {
  private final long intervalNanos;
  private long nextFree = Long.MIN_VALUE;
  private boolean used;

  Pacer(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  Duration interval() {
    return Duration.ofNanos(intervalNanos);
  }

  /**
   * Reserves the next slot and returns how long to wait for it, or a negative wait (nothing
   * reserved) when the slot is later than {@code deadline} allows.
   */
  synchronized Duration reserve(Deadline deadline) {
    long now = System.nanoTime();
    long slot = !used || nextFree - now <= 0 ? now : nextFree;
    long wait = slot - now;
    if (wait > 0 && wait >= deadline.remaining().toNanos()) {
      return Duration.ofNanos(-wait);
    }
    used = true;
    nextFree = slot + intervalNanos;
    return Duration.ofNanos(wait);
  }
}
