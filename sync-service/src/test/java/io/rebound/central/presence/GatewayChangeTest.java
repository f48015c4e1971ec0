package io.rebound.central.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.mqtt.MqttState;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.PresenceWatcher;
import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.envelope.GatewayHealth;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an hour between heartbeats, a gateway change still reaches the stores at once. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@TestProfile(GatewayChangeTest.HourlyHeartbeat.class)
class GatewayChangeTest {
  @Inject MqttConnection mqtt;
  @Inject PaymentGatewayHealth gateway;

  @Test
  void a_gateway_health_change_is_published_immediately_not_at_the_next_heartbeat() {
    await().atMost(Duration.ofSeconds(20)).until(() -> mqtt.state() == MqttState.SUBSCRIBED);
    String instanceId = mqtt.clientId();
    try (PresenceWatcher store = new PresenceWatcher()) {
      await().atMost(Duration.ofSeconds(10)).until(() -> !store.of(instanceId).isEmpty());

      gateway.report(GatewayHealth.DOWN);
      CentralStatus down =
          await()
              .atMost(Duration.ofSeconds(5))
              .until(
                  () ->
                      store.of(instanceId).stream()
                          .filter(s -> s.paymentGateway() == GatewayHealth.DOWN)
                          .findFirst()
                          .orElse(null),
                  s -> s != null);
      assertThat(down.online()).isTrue();

      gateway.report(GatewayHealth.HEALTHY);
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () -> {
                var all = store.of(instanceId);
                return all.get(all.size() - 1).paymentGateway() == GatewayHealth.HEALTHY;
              });
    }
  }

  /** Heartbeat far beyond the test's waits. */
  public static class HourlyHeartbeat implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rebound.central.heartbeat-interval", "1H");
    }
  }
}
