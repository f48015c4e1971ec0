package io.rebound.edge.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.sync.testing.BrokerResource;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.Outbox;
import io.rebound.edge.sync.testing.Pos;
import io.rebound.edge.sync.testing.SyncTestProfile;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.StoreId;
import io.rebound.testing.MosquittoBroker;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SyncTestProfile.class)
class OutboxRelayTest {
  private static final StoreId STORE = StoreId.of(BrokerResource.STORE_ID);
  private static final Duration DELIVERY = Duration.ofSeconds(20);

  @Inject ReadPool reads;
  @Inject MqttConnection connection;

  private Outbox outbox;
  private final List<FakeCentral> centrals = new ArrayList<>();

  @BeforeEach
  void brokerUpAndAgentConnected() {
    outbox = new Outbox(reads);
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(DELIVERY).until(() -> connection.state() == ConnectionState.CONNECTED);
  }

  @AfterEach
  void closeCentrals() {
    centrals.forEach(FakeCentral::close);
  }

  @Test
  void row_stays_pending_after_puback_until_central_acks() {
    FakeCentral central = central(false);
    String returnId = Pos.acceptReturn();
    Outbox.Row row = outbox.row(returnId);

    FakeCentral.Received got =
        await().atMost(DELIVERY).until(() -> receivedEvent(central, row.eventId()), r -> r != null);
    assertThat(got.bytes()).as("published byte for byte").isEqualTo(row.envelope());
    assertThat(got.envelope().sequence()).isEqualTo(row.sequence());
    // the broker PUBACKed before routing it to central; still only central's ack clears the row
    assertThat(outbox.row(returnId).state()).isEqualTo("PENDING");
    assertThat(outbox.row(returnId).syncState()).isEqualTo("PENDING");

    central.ack(STORE, List.of(got.envelope()), AckOutcome.STORED);

    await().atMost(DELIVERY).until(() -> outbox.row(returnId).state().equals("ACKED"));
    Outbox.Row acked = outbox.row(returnId);
    assertThat(acked.ackOutcome()).isEqualTo("STORED");
    assertThat(acked.ackedAt()).isNotNull();
    assertThat(acked.syncState()).isEqualTo("SYNCED");
  }

  @Test
  void events_arrive_in_sequence_order() throws Exception {
    FakeCentral central = central(true);
    List<String> ids = acceptConcurrently(40, 8);

    awaitAllAcked(ids);
    assertLastPassInSequenceOrder(central, ids);
  }

  @Test
  void duplicate_acks_are_harmless() {
    FakeCentral central = central(true);
    String returnId = Pos.acceptReturn();
    await().atMost(DELIVERY).until(() -> outbox.row(returnId).state().equals("ACKED"));
    Outbox.Row before = outbox.row(returnId);
    EventEnvelope event = receivedEvent(central, before.eventId()).envelope();

    central.ack(STORE, List.of(event), AckOutcome.DUPLICATE);
    central.ack(STORE, List.of(event, event), AckOutcome.STORED);
    central.publishRaw(STORE, "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    central.ack(StoreId.of("other-store"), List.of(event), AckOutcome.STORED);
    // acks are processed in order: once a later return is acked, the duplicates were handled
    String later = Pos.acceptReturn();
    await().atMost(DELIVERY).until(() -> outbox.row(later).state().equals("ACKED"));

    Outbox.Row after = outbox.row(returnId);
    assertThat(after.state()).isEqualTo("ACKED");
    assertThat(after.ackOutcome()).isEqualTo("STORED");
    assertThat(after.ackedAt()).isEqualTo(before.ackedAt());
    assertThat(after.syncState()).isEqualTo("SYNCED");
  }

  @Test
  void returns_accepted_while_broker_down_are_delivered_in_order_when_it_is_back()
      throws Exception {
    FakeCentral central = central(true);
    broker().stop();
    await().atMost(DELIVERY).until(() -> connection.state() != ConnectionState.CONNECTED);
    given().get("/api/v1/status").then().body("mode", equalTo("OFFLINE"));

    List<String> ids = acceptConcurrently(20, 4);
    for (String id : ids) {
      assertThat(outbox.row(id).state()).isEqualTo("PENDING");
      given().get("/api/v1/returns/" + id).then().statusCode(200).body("mode", equalTo("OFFLINE"));
    }

    broker().restart();
    awaitAllAcked(ids);
    given()
        .get("/api/v1/status")
        .then()
        .body("mode", equalTo("ONLINE"))
        .body("connection", equalTo("CONNECTED"));
    assertLastPassInSequenceOrder(central, ids);
  }

  @Test
  void broker_kill9_after_puback_loses_the_event_and_the_outbox_resends_it() {
    String centralId = "central-kill9-" + System.nanoTime();
    FakeCentral offline = track(FakeCentral.persistent(broker(), centralId, true));
    offline.disconnect(); // its session (and subscription) stays: the broker queues for it
    FakeCentral watcher = central(false);

    String returnId = Pos.acceptReturn();
    String eventId = outbox.row(returnId).eventId();
    // the broker accepted (PUBACK) and routed it: it now sits only in broker memory
    await().atMost(DELIVERY).until(() -> receivedEvent(watcher, eventId) != null);
    assertThat(outbox.row(returnId).state()).isEqualTo("PENDING");

    broker().kill9();
    broker().restart();
    FakeCentral central = track(FakeCentral.persistent(broker(), centralId, true));

    await().atMost(DELIVERY).until(() -> outbox.row(returnId).state().equals("ACKED"));
    assertThat(receivedEvent(central, eventId)).as("resent by the outbox").isNotNull();
  }

  private FakeCentral central(boolean autoAck) {
    return track(FakeCentral.start(broker(), autoAck));
  }

  private FakeCentral track(FakeCentral central) {
    centrals.add(central);
    return central;
  }

  private static MosquittoBroker broker() {
    return BrokerResource.broker();
  }

  private static FakeCentral.Received receivedEvent(FakeCentral central, String eventId) {
    for (FakeCentral.Received r : central.received()) {
      if (r.envelope().eventId().toString().equals(eventId)) {
        return r;
      }
    }
    return null;
  }

  private List<String> acceptConcurrently(int returns, int terminals) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(terminals);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < returns; i++) {
        futures.add(pool.submit(Pos::acceptReturn));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> f : futures) {
        ids.add(f.get());
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  private void awaitAllAcked(List<String> ids) {
    await()
        .atMost(DELIVERY)
        .until(() -> ids.stream().allMatch(id -> outbox.row(id).state().equals("ACKED")));
  }

  /**
   * The relay streams in sequence order. Not every FIRST arrival need be in order: after a broker
   * restart, events the agent publishes before central's subscription is back are dropped by the
   * broker and come again when the relay rewinds on "central back" (after later ones arrived). The
   * LAST pass, however, is the relay's complete rewind: each event's last arrival is in order.
   */
  private void assertLastPassInSequenceOrder(FakeCentral central, List<String> returnIds) {
    Set<String> wanted = new HashSet<>();
    for (String id : returnIds) {
      wanted.add(outbox.row(id).eventId());
    }
    Map<String, Long> lastArrival = new LinkedHashMap<>();
    for (FakeCentral.Received r : central.received()) {
      String id = r.envelope().eventId().toString();
      if (wanted.contains(id)) {
        lastArrival.remove(id);
        lastArrival.put(id, r.envelope().sequence());
      }
    }
    assertThat(new ArrayList<>(lastArrival.values())).hasSize(returnIds.size()).isSorted();
  }
}
