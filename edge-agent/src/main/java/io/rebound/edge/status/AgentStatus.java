package io.rebound.edge.status;

import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Instant;

/**
 * Body of {@code GET /api/v1/status}: the upstream mode and since when, the MQTT connection state
 * and the outbox backlog.
 */
public record AgentStatus(
    String storeId, UpstreamMode mode, Instant since, ConnectionState connection, Outbox outbox) {

  /** Outbox backlog; {@code lastAckAt} is null until central acknowledged something. */
  public record Outbox(long depth, long oldestPendingAgeSeconds, Instant lastAckAt) {}
}
