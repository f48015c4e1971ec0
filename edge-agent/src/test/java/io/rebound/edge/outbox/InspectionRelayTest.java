package io.rebound.edge.outbox;

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
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.testing.MosquittoBroker;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inspection steps travel the same outbox as returns: after the accept, in sequence, acked. */
@QuarkusTest
@TestProfile(SyncTestProfile.class)
class InspectionRelayTest {
  private static final Duration DELIVERY = Duration.ofSeconds(20);

  @Inject MqttConnection connection;

  private FakeCentral central;

  @BeforeEach
  void brokerUpAndAgentConnected() {
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(DELIVERY).until(() -> connection.state() == ConnectionState.CONNECTED);
    central = FakeCentral.start(broker(), true);
  }

  @AfterEach
  void closeCentral() {
    central.close();
  }

  @Test
  void inspected_event_is_published_after_the_accepted_one_in_sequence_and_synced() {
    String returnId = Pos.acceptReturn();
    given()
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(
            "{\"inspectedBy\":\"manager Ana\",\"lines\":[{\"lineIndex\":0,\"quantity\":1,"
                + "\"disposition\":\"DEFECTIVE\",\"vendorId\":\"VENDOR-ACME\"}]}")
        .post("/api/v1/returns/" + returnId + "/inspection")
        .then()
        .statusCode(201);

    List<EventEnvelope> events =
        await()
            .atMost(DELIVERY)
            .until(() -> eventsOf(returnId), e -> e.size() >= 2 && synced(returnId));

    assertThat(events).extracting(EventEnvelope::type).startsWith(EventType.RETURN_ACCEPTED);
    EventEnvelope accepted = events.get(0);
    EventEnvelope inspected =
        events.stream().filter(e -> e.type() == EventType.RETURN_INSPECTED).findFirst().get();
    assertThat(inspected.sequence()).isEqualTo(accepted.sequence() + 1);
    ReturnInspected payload = (ReturnInspected) inspected.payload();
    assertThat(payload.returnId().toString()).isEqualTo(returnId);
    assertThat(payload.lines()).hasSize(1);
    assertThat(payload.lines().get(0).sku()).isEqualTo("SKU-1");
    assertThat(payload.lines().get(0).disposition()).isEqualTo(Disposition.DEFECTIVE);
    assertThat(payload.lines().get(0).vendorId()).isEqualTo("VENDOR-ACME");
    given()
        .get("/api/v1/returns/" + returnId)
        .then()
        .body("sync.state", equalTo("SYNCED"))
        .body("inspection.state", equalTo("INSPECTED"))
        .body("inspection.steps[0].sequence", equalTo((int) inspected.sequence()))
        .body("inspection.steps[0].eventId", equalTo(inspected.eventId().toString()));
  }

  private List<EventEnvelope> eventsOf(String returnId) {
    return central.received().stream()
        .map(FakeCentral.Received::envelope)
        .filter(e -> returnIdOf(e).equals(returnId))
        .distinct()
        .toList();
  }

  private static String returnIdOf(EventEnvelope e) {
    if (e.payload() instanceof ReturnInspected i) {
      return i.returnId().toString();
    }
    if (e.payload() instanceof io.rebound.protocols.returns.ReturnAccepted a) {
      return a.returnId().toString();
    }
    return ""; // events about no return, e.g. audit.recorded
  }

  private static boolean synced(String returnId) {
    return given()
        .get("/api/v1/returns/" + returnId)
        .then()
        .extract()
        .path("inspection.steps[0].sync")
        .equals("SYNCED");
  }

  private static MosquittoBroker broker() {
    return BrokerResource.broker();
  }
}
