package io.rebound.central.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.mqtt.MqttState;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.PresenceWatcher;
import io.rebound.central.testing.TestBroker;
import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.GatewayHealth;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Central announces itself to the stores: retained ONLINE, heartbeat, OFFLINE last will. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class PresenceTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject MqttConnection mqtt;
  @Inject PaymentGatewayHealth gateway;

  private String instanceId;

  @BeforeEach
  void centralSubscribed() {
    await().atMost(WAIT).until(() -> mqtt.state() == MqttState.SUBSCRIBED);
    instanceId = mqtt.clientId();
  }

  @AfterEach
  void gatewayBackToHealthy() {
    gateway.report(GatewayHealth.HEALTHY);
  }

  @Test
  void a_store_connecting_later_finds_central_online_as_a_retained_status() {
    try (PresenceWatcher store = new PresenceWatcher()) {
      PresenceWatcher.Seen first =
          await()
              .atMost(WAIT)
              .until(
                  () ->
                      store.seen().stream()
                          .filter(s -> s.status().instanceId().value().equals(instanceId))
                          .findFirst()
                          .orElse(null),
                  s -> s != null);

      assertThat(first.retained()).as("delivered from the broker's retained copy").isTrue();
      assertThat(first.status().state()).isEqualTo(ConnectionState.ONLINE);
      assertThat(first.status().paymentGateway()).isEqualTo(GatewayHealth.HEALTHY);
    }
  }

  @Test
  void heartbeats_repeat_with_the_same_session_since_and_carry_the_gateway_health() {
    try (PresenceWatcher store = new PresenceWatcher()) {
      gateway.report(GatewayHealth.DOWN);

      List<CentralStatus> beats =
          await()
              .atMost(WAIT)
              .until(
                  () ->
                      store.of(instanceId).stream()
                          .filter(s -> s.paymentGateway() == GatewayHealth.DOWN)
                          .toList(),
                  l -> l.size() >= 3);

      assertThat(beats).extracting(CentralStatus::state).containsOnly(ConnectionState.ONLINE);
      assertThat(beats).extracting(CentralStatus::since).containsOnly(beats.get(0).since());
      assertThat(beats).extracting(CentralStatus::reportedAt).isSorted().doesNotHaveDuplicates();

      gateway.report(GatewayHealth.HEALTHY);
      await()
          .atMost(WAIT)
          .until(
              () -> {
                List<CentralStatus> all = store.of(instanceId);
                return all.get(all.size() - 1).paymentGateway() == GatewayHealth.HEALTHY;
              });
    }
  }

  @Test
  void an_unclean_loss_of_the_connection_publishes_the_offline_will_then_a_new_session() {
    try (PresenceWatcher store = new PresenceWatcher()) {
      CentralStatus before =
          await()
              .atMost(WAIT)
              .until(
                  () -> store.of(instanceId).stream().filter(CentralStatus::online).findFirst(),
                  s -> s.isPresent())
              .orElseThrow();

      // another connection with central's client id: the broker drops central's connection
      // without a DISCONNECT from central, which is when it publishes the will
      Mqtt5BlockingClient usurper =
          MqttClient.builder()
              .useMqttVersion5()
              .identifier(instanceId)
              .serverHost(TestBroker.host())
              .serverPort(TestBroker.port())
              .buildBlocking();
      usurper.connect();

      await()
          .atMost(WAIT)
          .until(
              () ->
                  store.of(instanceId).stream()
                      .anyMatch(s -> s.state() == ConnectionState.OFFLINE));
      CentralStatus will =
          store.of(instanceId).stream()
              .filter(s -> s.state() == ConnectionState.OFFLINE)
              .findFirst()
              .orElseThrow();
      assertThat(will.paymentGateway()).isEqualTo(GatewayHealth.UNKNOWN);

      // central reconnects by itself (taking its id back) and announces a new session
      CentralStatus after =
          await()
              .atMost(WAIT)
              .until(
                  () ->
                      store.of(instanceId).stream()
                          .filter(s -> s.online() && s.since().isAfter(before.since()))
                          .findFirst(),
                  s -> s.isPresent())
              .orElseThrow();
      assertThat(after.paymentGateway()).isEqualTo(GatewayHealth.HEALTHY);
      await().atMost(WAIT).until(() -> mqtt.state() == MqttState.SUBSCRIBED);
    }
  }
}
