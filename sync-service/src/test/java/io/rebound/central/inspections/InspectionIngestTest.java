package io.rebound.central.inspections;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralDb;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.returns.ReturnAccepted;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class InspectionIngestTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject Database database;

  private final int mqttPort = TestBroker.port();
  private final String mqttHost = TestBroker.host();

  @Test
  void inspected_event_is_stored_once_and_shows_in_the_returns_timeline() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("inspect"), mqttHost, mqttPort)) {
      EventEnvelope accepted = TestEvents.returnAccepted(store.store(), 1);
      ReturnAccepted payload = (ReturnAccepted) accepted.payload();
      EventEnvelope inspected = TestEvents.returnInspected(store.store(), 2, payload.returnId());
      store.publish(accepted);
      store.publish(inspected);
      await().atMost(WAIT).until(() -> store.acksFor(inspected.eventId()).size() == 1);

      store.publish(inspected);

      await().atMost(WAIT).until(() -> store.acksFor(inspected.eventId()).size() == 2);
      assertThat(store.acksFor(inspected.eventId()))
          .extracting(Ack::outcome)
          .containsExactly(AckOutcome.STORED, AckOutcome.DUPLICATE);
      CentralDb db = new CentralDb(database);
      assertThat(db.inspectionLinesOfEvent(inspected.eventId())).isEqualTo(1);
      assertThat(db.ingestedEvents(inspected.eventId())).isEqualTo(1);
      assertThat(db.storedSequences(store.store())).containsExactly(1L, 2L);

      ReturnInspected step = (ReturnInspected) inspected.payload();
      given()
          .get("/api/v1/returns/" + payload.returnId())
          .then()
          .statusCode(200)
          .body("timeline.findAll { it.step != 'STEP_ATTEMPTED' }", hasSize(3))
          .body("timeline[0].step", equalTo("ACCEPTED_AT_STORE"))
          .body("timeline[0].dispositions", nullValue())
          .body(
              "timeline.find { it.step == 'INSPECTED_AT_STORE' }.at",
              equalTo(step.inspectedAt().toString()))
          .body(
              "timeline.find { it.step == 'INSPECTED_AT_STORE' }.dispositions[0].disposition",
              equalTo("DEFECTIVE"))
          .body(
              "timeline.find { it.step == 'INSPECTED_AT_STORE' }.dispositions[0].vendorId",
              equalTo("VENDOR-ACME"))
          .body(
              "timeline.find { it.step == 'INSPECTED_AT_STORE' }.dispositions[0].sku",
              equalTo("SKU-1"));
    }
  }

  @Test
  void inspection_committed_before_its_return_appears_once_the_return_arrives() {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("inspect-early"), mqttHost, mqttPort)) {
      EventEnvelope accepted = TestEvents.returnAccepted(store.store(), 1);
      ReturnAccepted payload = (ReturnAccepted) accepted.payload();
      EventEnvelope inspected = TestEvents.returnInspected(store.store(), 2, payload.returnId());
      store.publish(inspected);
      await().atMost(WAIT).until(() -> store.lastAckFor(inspected.eventId()).isPresent());
      assertThat(store.lastAckFor(inspected.eventId()).get().outcome())
          .isEqualTo(AckOutcome.STORED);
      given().get("/api/v1/returns/" + payload.returnId()).then().statusCode(404);

      store.publish(accepted);
      await().atMost(WAIT).until(() -> store.lastAckFor(accepted.eventId()).isPresent());

      given()
          .get("/api/v1/returns/" + payload.returnId())
          .then()
          .statusCode(200)
          .body("timeline.findAll { it.step != 'STEP_ATTEMPTED' }", hasSize(3))
          .body("timeline.step", org.hamcrest.Matchers.hasItem("INSPECTED_AT_STORE"));
    }
  }
}
