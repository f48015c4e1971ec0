package io.rebound.edge.status;

import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.upstream.UpstreamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Informational {@code mqtt} check: always UP, because the agent is ready to take returns while the
 * broker is unreachable (offline-first); its data carry the connection state and upstream mode.
 */
@Readiness
@ApplicationScoped
public class MqttHealthCheck implements HealthCheck {
  private final MqttConnection connection;
  private final UpstreamStatus upstream;

  public MqttHealthCheck(MqttConnection connection, UpstreamStatus upstream) {
    this.connection = connection;
    this.upstream = upstream;
  }

  @Override
  public HealthCheckResponse call() {
    UpstreamStatus.Snapshot mode = upstream.snapshot();
    return HealthCheckResponse.named("mqtt")
        .up()
        .withData("connection", connection.state().name())
        .withData("mode", mode.mode().name())
        .withData("since", mode.since().toString())
        .withData("centralReachable", upstream.assessment().reachable())
        .build();
  }
}
