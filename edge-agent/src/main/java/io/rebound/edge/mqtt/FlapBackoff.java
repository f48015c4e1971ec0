package io.rebound.edge.mqtt;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Backs off from a connection that the broker keeps accepting and then dropping (Mosquitto drops a
 * client right after refusing one of its publishes by ACL). The client's own backoff restarts at
 * the initial delay after every successful CONNACK, so without this the agent would reconnect about
 * every initial delay forever. A connection that lasted less than {@code stableAfter} counts as a
 * flap: the next delay doubles per consecutive flap up to {@code max}, with ±25 % jitter so a fleet
 * does not reconnect in step; a connection that lasted longer resets the count.
 */
final class FlapBackoff {
  private final Duration initial;
  private final Duration max;
  private final Duration stableAfter;
  private final DoubleSupplier random;
  private Instant connectedAt;
  private int flaps;

  FlapBackoff(Duration initial, Duration max, Duration stableAfter, DoubleSupplier random) {
    this.initial = initial;
    this.max = max;
    this.stableAfter = stableAfter;
    this.random = random;
  }

  /** The connection was accepted (CONNACK success) at {@code now}. */
  synchronized void connected(Instant now) {
    connectedAt = now;
  }

  /**
   * The connection was lost at {@code now}: the delay to use instead of the client's own, when the
   * connection was a flap; empty when it had been stable (or never came up).
   */
  synchronized Optional<Duration> disconnected(Instant now) {
    Instant since = connectedAt;
    connectedAt = null;
    if (since == null) {
      return Optional.empty();
    }
    if (Duration.between(since, now).compareTo(stableAfter) >= 0) {
      flaps = 0;
      return Optional.empty();
    }
    flaps = Math.min(flaps + 1, 30);
    long base = Math.min(max.toMillis(), initial.toMillis() << Math.min(flaps, 20));
    long jittered = Math.round(base * (0.75 + 0.5 * random.getAsDouble()));
    return Optional.of(Duration.ofMillis(Math.max(1, jittered)));
  }

  /** Consecutive short-lived connections so far. */
  synchronized int flaps() {
    return flaps;
  }
}
