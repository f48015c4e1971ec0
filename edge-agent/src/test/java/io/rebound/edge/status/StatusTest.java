package io.rebound.edge.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.sync.testing.BrokerResource;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.Pos;
import io.rebound.edge.sync.testing.SyncTestProfile;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import io.rebound.testing.MosquittoBroker;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SyncTestProfile.class)
class StatusTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject MqttConnection connection;

  @BeforeEach
  void brokerUpAndAgentConnected() {
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
  }

  @Test
  void status_reports_store_mode_connection_outbox_and_central() {
    try (FakeCentral central = FakeCentral.start(broker(), true)) {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  given()
                      .get("/api/v1/status")
                      .then()
                      .statusCode(200)
                      .body("storeId", equalTo(BrokerResource.STORE_ID))
                      .body("mode", equalTo("ONLINE"))
                      .body("since", notNullValue())
                      .body("connection", equalTo("CONNECTED"))
                      .body("outbox.depth", greaterThanOrEqualTo(0))
                      .body("outbox.oldestPendingAgeSeconds", greaterThanOrEqualTo(0))
                      .body("pendingRefunds.count", greaterThanOrEqualTo(0))
                      .body("central.reachable", equalTo(true))
                      .body("central.paymentGateway", equalTo("HEALTHY"))
                      .body(
                          "central.instances.find { it.instanceId == '"
                              + central.instanceId()
                              + "' }.state",
                          equalTo("ONLINE")));
    }
  }

  @Test
  void outbox_depth_counts_events_until_central_acks_them() {
    try (FakeCentral central = FakeCentral.start(broker(), false)) {
      Pos.acceptReturn();
      Pos.acceptReturn();
      await()
          .atMost(WAIT)
          .until(() -> given().get("/api/v1/status").jsonPath().getLong("outbox.depth") >= 2);

      central.autoAck(true); // the relay's ack-timeout resend now gets every pending event acked
      await()
          .atMost(WAIT)
          .until(() -> given().get("/api/v1/status").jsonPath().getLong("outbox.depth") == 0);
      JsonPath status = given().get("/api/v1/status").jsonPath();
      assertThat(status.getLong("outbox.oldestPendingAgeSeconds")).isZero();
      assertThat(Instant.parse(status.getString("outbox.lastAckAt")))
          .isAfter(Instant.now().minusSeconds(60));
    }
  }

  @Test
  void retained_status_heartbeat_says_online_with_the_backlog() {
    List<StoreStatus> seen = new CopyOnWriteArrayList<>();
    Mqtt5AsyncClient watcher =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("status-watcher-" + UUID.randomUUID())
            .serverHost(broker().host())
            .serverPort(broker().port())
            .buildAsync();
    watcher.connect().join();
    try {
      watcher
          .subscribeWith()
          .topicFilter(StoreTopic.of(StoreId.of(BrokerResource.STORE_ID), TopicKind.STATUS).name())
          .qos(MqttQos.AT_LEAST_ONCE)
          .callback(p -> seen.add(ProtocolJson.decode(p.getPayloadAsBytes(), StoreStatus.class)))
          .send()
          .join();
      Instant subscribedAt = Instant.now();

      // a fresh report after subscribing is a heartbeat, not the retained copy
      StoreStatus beat =
          await()
              .atMost(WAIT)
              .until(
                  () ->
                      seen.stream()
                          .filter(s -> s.reportedAt().isAfter(subscribedAt))
                          .findFirst()
                          .orElse(null),
                  s -> s != null);
      assertThat(beat.state()).isEqualTo(io.rebound.protocols.envelope.ConnectionState.ONLINE);
      assertThat(beat.storeId().value()).isEqualTo(BrokerResource.STORE_ID);
      assertThat(beat.outboxDepth()).isGreaterThanOrEqualTo(0);
      assertThat(beat.agentVersion()).isNotBlank();
    } finally {
      watcher.disconnect();
    }
  }

  @Test
  void health_is_up_with_mqtt_connection_data() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("mqtt"))
        .body("checks.find { it.name == 'mqtt' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'mqtt' }.data.connection", equalTo("CONNECTED"));
  }

  @Test
  void health_stays_up_while_the_broker_is_down() {
    broker().stop();
    await().atMost(WAIT).until(() -> connection.state() != ConnectionState.CONNECTED);

    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'mqtt' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'mqtt' }.data.mode", equalTo("OFFLINE"));
    given()
        .get("/api/v1/status")
        .then()
        .body("mode", equalTo("OFFLINE"))
        .body("connection", equalTo("CONNECTING"));
    broker().restart();
  }

  @Test
  void metrics_expose_outbox_upstream_and_publish_series() {
    Pos.acceptReturn();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              String metrics = given().get("/q/metrics").asString();
              assertThat(metrics)
                  .contains("rebound_outbox_depth")
                  .contains("rebound_outbox_oldest_pending_age_seconds")
                  .contains("rebound_outbox_published_total")
                  .contains("rebound_outbox_acked_total")
                  .contains("rebound_outbox_resends_total")
                  .contains("rebound_upstream_mode")
                  .contains("rebound_upstream_transitions_total{from=\"OFFLINE\",to=\"ONLINE\"}");
            });
  }

  private static MosquittoBroker broker() {
    return BrokerResource.broker();
  }
}
