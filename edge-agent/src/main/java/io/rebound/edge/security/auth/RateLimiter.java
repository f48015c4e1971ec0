package io.rebound.edge.security.auth;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.config.SecurityConfig;
import io.rebound.protocols.ids.TerminalId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** One token bucket per terminal ({@code rebound.security.rate-limit.*}). */
@ApplicationScoped
public class RateLimiter {
  private final SecurityConfig.RateLimit limits;
  private final ConcurrentHashMap<TerminalId, TokenBucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(EdgeConfig config) {
    this.limits = config.security().rateLimit();
  }

  /** {@link Duration#ZERO} when the request may pass, else how long the terminal must wait. */
  public Duration acquire(TerminalId terminal) {
    long now = System.nanoTime();
    TokenBucket bucket =
        buckets.computeIfAbsent(
            terminal, t -> new TokenBucket(limits.burst(), limits.requestsPerSecond(), now));
    synchronized (bucket) {
      return bucket.take(now);
    }
  }
}
