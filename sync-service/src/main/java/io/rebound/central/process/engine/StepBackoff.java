package io.rebound.central.process.engine;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * Pause before a step's next attempt: {@code initial × 2^(attempt-1)}, capped at {@code max}, with
 * full jitter in [ceiling/2, ceiling] so that steps that failed together do not retry together.
 */
final class StepBackoff {
  private final long initialMillis;
  private final long maxMillis;
  private final LongUnaryOperator random;

  /** {@code random.applyAsLong(n)} returns a value in [0, n). */
  StepBackoff(Duration initial, Duration max, LongUnaryOperator random) {
    this.initialMillis = Math.max(1, initial.toMillis());
    this.maxMillis = Math.max(initialMillis, max.toMillis());
    this.random = random;
  }

  /** The pause after the {@code attempt}-th failed attempt (1-based). */
  Duration after(int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 40));
    long ceiling = initialMillis;
    for (int i = 0; i < doublings && ceiling < maxMillis; i++) {
      ceiling = Math.min(maxMillis, ceiling * 2);
    }
    long half = ceiling / 2;
    return Duration.ofMillis(half + random.applyAsLong(ceiling - half + 1));
  }
}
