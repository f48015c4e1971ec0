package io.rebound.edge.status;

import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.outbox.OutboxStats;
import io.rebound.edge.outbox.OutboxStatsCache;
import io.rebound.edge.upstream.UpstreamStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** {@code GET /api/v1/status}: what store IT and managers check first. */
@Path("/api/v1/status")
public class StatusResource {
  private final UpstreamStatus upstream;
  private final MqttConnection connection;
  private final OutboxStatsCache outbox;

  public StatusResource(
      UpstreamStatus upstream, MqttConnection connection, OutboxStatsCache outbox) {
    this.upstream = upstream;
    this.connection = connection;
    this.outbox = outbox;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public AgentStatus status() {
    UpstreamStatus.Snapshot mode = upstream.snapshot();
    OutboxStats stats = outbox.current();
    Instant now = Instant.now();
    return new AgentStatus(
        connection.storeId().value(),
        mode.mode(),
        mode.since(),
        connection.state(),
        new AgentStatus.Outbox(
            stats.depth(), stats.oldestPendingAgeSeconds(now), stats.lastAckAt().orElse(null)));
  }
}
