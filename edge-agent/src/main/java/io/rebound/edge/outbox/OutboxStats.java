package io.rebound.edge.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The outbox backlog at {@code readAt}: rows not yet acknowledged by central, the creation time of
 * the oldest of them, and when the last ack was recorded.
 */
public record OutboxStats(
    long depth, Optional<Instant> oldestPendingAt, Optional<Instant> lastAckAt, Instant readAt) {

  /** Age of the oldest pending row in whole seconds; 0 when nothing is pending. */
  public long oldestPendingAgeSeconds(Instant now) {
    return oldestPendingAt.map(t -> Math.max(0, Duration.between(t, now).toSeconds())).orElse(0L);
  }
}
