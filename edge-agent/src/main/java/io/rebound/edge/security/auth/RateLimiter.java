package io.rebound.edge.security.auth;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.config.SecurityConfig;
import io.rebound.protocols.ids.TerminalId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per terminal, and one per person signed in to the store manager's screen ({@code
 * rebound.security.rate-limit.*} for both).
 */
@ApplicationScoped
public class RateLimiter {
  private final SecurityConfig.RateLimit limits;
  private final ConcurrentHashMap<TerminalId, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Username, TokenBucket> people = new ConcurrentHashMap<>();

  RateLimiter(EdgeConfig config) {
    this.limits = config.security().rateLimit();
  }

  /** {@link Duration#ZERO} when the request may pass, else how long the terminal must wait. */
  public Duration acquire(TerminalId terminal) {
    return take(buckets, terminal);
  }

  /** The same for a person's back-office session (a browser has no terminal of its own). */
  public Duration acquire(Username person) {
    return take(people, person);
  }

  private <K> Duration take(ConcurrentHashMap<K, TokenBucket> map, K key) {
    long now = System.nanoTime();
    TokenBucket bucket =
        map.computeIfAbsent(
            key, k -> new TokenBucket(limits.burst(), limits.requestsPerSecond(), now));
    synchronized (bucket) {
      return bucket.take(now);
    }
  }
}
