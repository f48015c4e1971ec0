package io.rebound.edge.security.auth;

import java.time.Duration;

/**
 * A token bucket: {@code capacity} requests at once, refilled at {@code perSecond}. Not thread-safe
 * by itself; {@link RateLimiter} synchronizes on it.
 */
final class TokenBucket {
  private final double capacity;
  private final double perNano;
  private double tokens;
  private long updatedNanos;

  TokenBucket(int capacity, int perSecond, long nowNanos) {
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.tokens = capacity;
    this.updatedNanos = nowNanos;
  }

  /** Takes one token; empty = allowed, else the wait until one is available. */
  Duration take(long nowNanos) {
    tokens = Math.min(capacity, tokens + (nowNanos - updatedNanos) * perNano);
    updatedNanos = nowNanos;
    if (tokens >= 1) {
      tokens -= 1;
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
  }
}
