package io.rebound.edge.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: the n-th delay is {@code base * 2^n}, capped at {@code max},
 * then scaled by a random factor in [0.75, 1.25) (never above {@code max}). Not thread-safe: one
 * owner (the relay thread).
 */
final class Backoff {
  private final long baseNanos;
  private final long maxNanos;
  private final DoubleSupplier random;
  private int attempts;

  Backoff(Duration base, Duration max, DoubleSupplier random) {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("backoff base must be positive: " + base);
    }
    this.baseNanos = base.toNanos();
    this.maxNanos = Math.max(max.toNanos(), baseNanos);
    this.random = random;
  }

  /** The next delay; each call doubles the un-jittered delay up to the cap. */
  Duration next() {
    int shift = Math.min(attempts, 40);
    attempts++;
    long raw = baseNanos << shift;
    long capped = raw <= 0 || raw > maxNanos ? maxNanos : raw;
    double factor = 0.75 + 0.5 * random.getAsDouble();
    return Duration.ofNanos(Math.min(maxNanos, (long) (capped * factor)));
  }

  /** Progress was made: the next delay starts from the base again. */
  void reset() {
    attempts = 0;
  }

  int attempts() {
    return attempts;
  }
}
