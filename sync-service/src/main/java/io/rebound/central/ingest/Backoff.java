package io.rebound.central.ingest;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter between {@code initial} and {@code max}. */
final class Backoff {
  private final long initialMillis;
  private final long maxMillis;
  private long ceiling;

  Backoff(Duration initial, Duration max) {
    this.initialMillis = Math.max(1, initial.toMillis());
    this.maxMillis = Math.max(initialMillis, max.toMillis());
    this.ceiling = initialMillis;
  }

  /** The next pause: random in [ceiling/2, ceiling], the ceiling doubling up to max. */
  long nextMillis() {
    long current = ceiling;
    ceiling = Math.min(maxMillis, ceiling * 2);
    return current / 2 + ThreadLocalRandom.current().nextLong(current / 2 + 1);
  }

  void reset() {
    ceiling = initialMillis;
  }
}
