package io.rebound.edge.upstream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.sync.testing.BrokerResource;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.Pos;
import io.rebound.edge.sync.testing.SyncTestProfile;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.returns.UpstreamMode;
import io.rebound.testing.MosquittoBroker;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mode against a real broker and a fake central's presence (heartbeat every 250 ms, central
 * timeout 2 s in {@link SyncTestProfile}): each change is seen within the detection time.
 */
@QuarkusTest
@TestProfile(SyncTestProfile.class)
class UpstreamModeTest {
  /** An OFFLINE report is acted on at once: below the 2 s timeout, so not by missed beats. */
  private static final Duration AT_ONCE = Duration.ofMillis(1500);

  /** Other reports (ONLINE, gateway health) arrive with the next message; slack for a busy box. */
  private static final Duration PROMPT = Duration.ofSeconds(5);

  /** Missed heartbeats: the 2 s central timeout plus one tick and some scheduling slack. */
  private static final Duration TIMEOUT_DETECTION = Duration.ofSeconds(4);

  /** Broker changes: reconnect backoff (max 500 ms) plus the above. */
  private static final Duration BROKER_DETECTION = Duration.ofSeconds(10);

  @Inject MqttConnection connection;
  @Inject UpstreamStatus upstream;

  @BeforeEach
  void brokerUpAndAgentConnected() {
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(BROKER_DETECTION).until(() -> connection.state() == ConnectionState.CONNECTED);
  }

  @Test
  void mode_follows_central_heartbeats_offline_reports_and_gateway_health() {
    try (FakeCentral central = FakeCentral.start(broker(), true)) {
      awaitMode(UpstreamMode.ONLINE, PROMPT);
      assertStatusEndpoint("ONLINE", true, "HEALTHY");

      central.heartbeats(false);
      awaitMode(UpstreamMode.OFFLINE, TIMEOUT_DETECTION);
      assertStatusEndpoint("OFFLINE", false, "UNKNOWN");
      given()
          .get("/api/v1/status")
          .then()
          .body(
              "central.instances.find { it.instanceId == '" + central.instanceId() + "' }.state",
              equalTo("SILENT"));

      central.heartbeats(true);
      awaitMode(UpstreamMode.ONLINE, PROMPT);

      central.announceOffline();
      awaitMode(UpstreamMode.OFFLINE, AT_ONCE);

      central.heartbeats(true);
      awaitMode(UpstreamMode.ONLINE, PROMPT);

      central.paymentGateway(GatewayHealth.DOWN);
      awaitMode(UpstreamMode.PAYMENT_DEGRADED, PROMPT);
      assertStatusEndpoint("PAYMENT_DEGRADED", true, "DOWN");
      String degraded = Pos.acceptReturn();
      given()
          .get("/api/v1/returns/" + degraded)
          .then()
          .statusCode(200)
          .body("mode", equalTo("PAYMENT_DEGRADED"));

      central.paymentGateway(GatewayHealth.HEALTHY);
      awaitMode(UpstreamMode.ONLINE, PROMPT);
      assertStatusEndpoint("ONLINE", true, "HEALTHY");
    }
  }

  @Test
  void a_second_healthy_instance_keeps_the_store_online_while_the_first_reports_the_gateway_down() {
    try (FakeCentral a = FakeCentral.start(broker(), true);
        FakeCentral b = FakeCentral.start(broker(), true)) {
      a.paymentGateway(GatewayHealth.DOWN);
      awaitMode(UpstreamMode.ONLINE, PROMPT);
      await().atMost(PROMPT).until(() -> upstream.assessment().onlineInstances() >= 2);
      assertThat(upstream.mode()).isEqualTo(UpstreamMode.ONLINE);

      b.paymentGateway(GatewayHealth.DOWN);
      awaitMode(UpstreamMode.PAYMENT_DEGRADED, PROMPT);

      b.announceOffline(); // the remaining instance still says DOWN
      await()
          .during(Duration.ofMillis(500))
          .atMost(PROMPT)
          .until(() -> upstream.mode() == UpstreamMode.PAYMENT_DEGRADED);
    }
  }

  @Test
  void broker_stopped_means_offline_and_restarted_means_online_again() {
    try (FakeCentral central = FakeCentral.start(broker(), true)) {
      awaitMode(UpstreamMode.ONLINE, PROMPT);
      double before = transitions("ONLINE", "OFFLINE");

      broker().stop();
      awaitMode(UpstreamMode.OFFLINE, BROKER_DETECTION);
      assertStatusEndpoint("OFFLINE", false, "UNKNOWN");

      broker().restart();
      awaitMode(UpstreamMode.ONLINE, BROKER_DETECTION);
      assertThat(upstream.instances())
          .as("the fake central reconnected by itself and was heard again")
          .anyMatch(
              i ->
                  i.report().instanceId().equals(central.instanceId())
                      && i.state() == InstanceState.ONLINE);
      assertThat(transitions("ONLINE", "OFFLINE")).isGreaterThan(before);
      String back = Pos.acceptReturn();
      given().get("/api/v1/returns/" + back).then().body("mode", equalTo("ONLINE"));
    }
  }

  private void awaitMode(UpstreamMode mode, Duration within) {
    await().atMost(within).until(upstream::mode, m -> m == mode);
  }

  private static void assertStatusEndpoint(String mode, boolean reachable, String gateway) {
    given()
        .get("/api/v1/status")
        .then()
        .statusCode(200)
        .body("mode", equalTo(mode))
        .body("central.reachable", equalTo(reachable))
        .body("central.paymentGateway", equalTo(gateway));
  }

  private static double transitions(String from, String to) {
    String metrics = given().get("/q/metrics").asString();
    String series = "rebound_upstream_transitions_total{from=\"" + from + "\",to=\"" + to + "\"} ";
    return metrics
        .lines()
        .filter(l -> l.startsWith(series))
        .mapToDouble(l -> Double.parseDouble(l.substring(series.length()).trim()))
        .findFirst()
        .orElseThrow();
  }

  private static MosquittoBroker broker() {
    return BrokerResource.broker();
  }
}
