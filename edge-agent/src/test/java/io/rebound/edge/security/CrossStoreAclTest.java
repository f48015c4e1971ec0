package io.rebound.edge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.sync.testing.Outbox;
import io.rebound.edge.sync.testing.Pos;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckBatch;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The project's Mosquitto ACL confines a store's credentials to its own topics: an agent running as
 * store43 but logged in with store42's credentials can neither publish store43's events (refused: a
 * counted hard failure, the row stays PENDING, central never sees it) nor receive store43's acks.
 * Mosquitto 2.0.11 grants the SUBSCRIBE itself (SUBACK 0x01, its acl_file is checked on delivery,
 * not on subscribe), so the isolation shows as acks that never arrive.
 */
@QuarkusTest
@TestProfile(CrossStoreAclTest.Store42CredentialsAsStore43.class)
class CrossStoreAclTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** store-id store43, MQTT user store42 with its real password. */
  public static class Store42CredentialsAsStore43 implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(
              SecuredBroker.class,
              Map.of(
                  "rebound.store-id", "store43",
                  "rebound.mqtt.username", "store42",
                  "rebound.mqtt.password", SecuredBroker.USERS.get("store42"))));
    }
  }

  @Inject MqttConnection connection;
  @Inject ReadPool reads;
  @Inject MeterRegistry registry;

  @Test
  void store42_credentials_cannot_publish_store43_events_or_receive_store43_acks() {
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
    try (CentralClient central = new CentralClient(SecuredBroker.broker())) {
      Outbox outbox = new Outbox(reads);
      String returnId = Pos.acceptReturn();

      // Every publish of this login on store43's topics is refused. Mosquitto 2.0.11 answers the
      // first one (usually the retained ONLINE status) with PUBACK 135 and then drops the
      // connection, so the event's own attempt ends as 135 or as CONNECTION_CLOSED: either way a
      // counted hard failure, never a delivery (PUBACK 135 handling itself: PublishRejectedTest;
      // the 135 for store42 → store43 events: central's SecuredBrokerIngestTest).
      // Depending on which publish the broker refuses first, the agent may never get as far as the
      // event before the connection drops again (it then loops connect → refused → dropped with
      // backoff). What must hold either way: nothing reaches central and the row stays PENDING.
      await()
          .during(Duration.ofSeconds(3))
          .atMost(WAIT)
          .until(
              () -> outbox.row(returnId).state().equals("PENDING") && central.events().isEmpty());

      // central's ack for that event on store43's topic is not delivered to store42's login
      Outbox.Row row = outbox.row(returnId);
      AckBatch ack =
          AckBatch.of(
              StoreId.of("store43"),
              Instant.now(),
              List.of(
                  new Ack(EventId.parse(row.eventId()), row.sequence(), AckOutcome.STORED, null)));
      central.publish("rebound/v1/stores/store43/acks", ProtocolJson.toBytes(ack));
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(3))
          .until(() -> outbox.row(returnId).state().equals("PENDING"));
      assertThat(outbox.row(returnId).syncState()).isEqualTo("PENDING");
      // (the connection does not stay up, see above; the agent reconnects with backoff)
    }
  }

  @Test
  void a_login_the_broker_keeps_dropping_reconnects_with_backoff_not_in_a_loop() {
    // every connect publishes the retained ONLINE status on store43's topic: refused, dropped
    await().atMost(WAIT).until(() -> connection.connections() >= 3);
    long before = connection.connections();
    // test profile: initial delay 100 ms, max 1 s. The client's own backoff restarts at 100 ms
    // after
    // every CONNACK (~40 connects in 5 s); with the flap backoff at most ~7 (200, 400, 800, 1000…
    // ±25 %). It does keep trying: at least one more connect in the window.
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(6))
        .until(() -> connection.connections() - before <= 10);
    assertThat(connection.connections()).isGreaterThan(before);
  }
}
