package io.rebound.central.approvals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import io.rebound.protocols.returns.ReturnAccepted;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class ApprovalIngestTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject Database database;

  private final int mqttPort = TestBroker.port();
  private final String mqttHost = TestBroker.host();

  @Test
  void approval_event_is_stored_once_and_the_timeline_shows_who_approved_and_why() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("approve"), mqttHost, mqttPort)) {
      EventEnvelope accepted = TestEvents.returnAccepted(store.store(), 1);
      ReturnAccepted payload = (ReturnAccepted) accepted.payload();
      EventEnvelope decided = TestEvents.approvalDecided(store.store(), 2, payload.returnId());
      store.publish(accepted);
      store.publish(decided);
      await().atMost(WAIT).until(() -> store.acksFor(decided.eventId()).size() == 1);

      store.publish(decided);

      await().atMost(WAIT).until(() -> store.acksFor(decided.eventId()).size() == 2);
      assertThat(store.acksFor(decided.eventId()))
          .extracting(Ack::outcome)
          .containsExactly(AckOutcome.STORED, AckOutcome.DUPLICATE);
      CentralDb db = new CentralDb(database);
      assertThat(db.ingestedEvents(decided.eventId())).isEqualTo(1);
      assertThat(db.approvalsOf(payload.returnId())).isEqualTo(1);
      assertThat(db.storedSequences(store.store())).containsExactly(1L, 2L);

      given()
          .get("/api/v1/returns/" + payload.returnId())
          .then()
          .statusCode(200)
          .body("status", equalTo("ACCEPTED"))
          .body("refund.status", equalTo("ISSUED"))
          .body("timeline.findAll { it.step != 'STEP_ATTEMPTED' }", hasSize(3))
          .body(
              "timeline.find { it.step == 'APPROVAL_DECIDED' }.detail",
              allOf(
                  containsString("APPROVED"),
                  containsString("M. Jones"),
                  containsString("regular customer")));
    }
  }
}
