package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;

/**
 * Retained message on {@code rebound/v1/stores/{storeId}/status}. The agent publishes {@code
 * ONLINE} when it connects and then as a heartbeat (with its outbox backlog), and registers {@code
 * OFFLINE} as its MQTT last will so the broker announces an unclean loss. {@code outboxDepth} and
 * {@code oldestPendingAgeSeconds} are the agent's unacknowledged events at {@code reportedAt}.
 * Guarantees: every component is set, counts are not negative, {@code agentVersion} is 1–64
 * characters and not blank.
 */
public record StoreStatus(
    StoreId storeId,
    ConnectionState state,
    Instant since,
    Instant reportedAt,
    String agentVersion,
    long outboxDepth,
    long oldestPendingAgeSeconds) {
  public StoreStatus {
    Checks.required(storeId, "storeId");
    Checks.required(state, "state");
    Checks.required(since, "since");
    Checks.required(reportedAt, "reportedAt");
    Checks.text(agentVersion, "agentVersion", 64);
    if (outboxDepth < 0) {
      throw new InvalidMessageException("outboxDepth", "min", "must not be negative");
    }
    if (oldestPendingAgeSeconds < 0) {
      throw new InvalidMessageException("oldestPendingAgeSeconds", "min", "must not be negative");
    }
  }

  /** A validated status. */
  public static StoreStatus of(
      StoreId storeId,
      ConnectionState state,
      Instant since,
      Instant reportedAt,
      String agentVersion,
      long outboxDepth,
      long oldestPendingAgeSeconds) {
    return new StoreStatus(
        storeId, state, since, reportedAt, agentVersion, outboxDepth, oldestPendingAgeSeconds);
  }
}
