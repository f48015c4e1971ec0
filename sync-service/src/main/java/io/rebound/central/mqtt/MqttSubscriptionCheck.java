package io.rebound.central.mqtt;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@code mqtt-subscription}: connected to the broker with both subscriptions active. */
@Readiness
public class MqttSubscriptionCheck implements HealthCheck {
  private final MqttConnection mqtt;

  @Inject
  public MqttSubscriptionCheck(MqttConnection mqtt) {
    this.mqtt = mqtt;
  }

  @Override
  public HealthCheckResponse call() {
    MqttState state = mqtt.state();
    return HealthCheckResponse.named("mqtt-subscription")
        .status(state == MqttState.SUBSCRIBED)
        .withData("state", state.name())
        .withData("clientId", mqtt.clientId())
        .withData("filter", mqtt.eventsFilter())
        .build();
  }
}
