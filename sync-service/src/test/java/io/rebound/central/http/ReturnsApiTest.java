package io.rebound.central.http;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.returns.ReturnAccepted;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class ReturnsApiTest {
  private final int mqttPort = TestBroker.port();

  private final String mqttHost = TestBroker.host();

  @Test
  void ingested_return_shows_its_state_sync_and_timeline() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("api"), mqttHost, mqttPort)) {
      EventEnvelope event = TestEvents.returnAccepted(store.store(), 1);
      ReturnAccepted accepted = (ReturnAccepted) event.payload();
      store.publish(event);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> store.lastAckFor(event.eventId()).isPresent());

      given()
          .get("/api/v1/returns/" + accepted.returnId())
          .then()
          .statusCode(200)
          .contentType("application/json")
          .body("returnId", equalTo(accepted.returnId().toString()))
          .body("storeId", equalTo(store.store().value()))
          .body("terminalId", equalTo("POS-01"))
          .body("status", equalTo("ACCEPTED"))
          .body("mode", equalTo("ONLINE"))
          .body("acceptedAt", equalTo(accepted.acceptedAt().toString()))
          .body("total.amount", equalTo("49.99"))
          .body("total.currency", equalTo("USD"))
          .body("refund.method", equalTo("CARD"))
          .body("refund.status", equalTo("DEFERRED"))
          .body("refund.amount.amount", equalTo("49.99"))
          .body("decisions[0].rule", equalTo("refund.deferred-to-central"))
          .body("lines[0].sku", equalTo("SKU-1"))
          .body("lines[0].unitPrice.amount", equalTo("49.99"))
          .body("sync.eventId", equalTo(event.eventId().toString()))
          .body("sync.sequence", equalTo(1))
          .body("timeline.findAll { it.step != 'STEP_ATTEMPTED' }", hasSize(2))
          .body("timeline[0].step", equalTo("ACCEPTED_AT_STORE"))
          .body("timeline[0].at", equalTo(accepted.acceptedAt().toString()))
          .body("timeline[1].step", equalTo("RECEIVED_BY_CENTRAL"));
    }
  }

  @Test
  void unknown_return_is_a_404_problem() {
    given()
        .get("/api/v1/returns/01936b2e-5c4a-7def-8abc-0123456789ab")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("title", equalTo("Not Found"));
  }

  @Test
  void malformed_return_id_is_a_400_problem_naming_the_field() {
    given()
        .get("/api/v1/returns/not-a-uuid")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("returnId"))
        .body("rule", equalTo("format"));
  }

  @Test
  void malformed_store_id_is_a_400_problem_naming_the_field() {
    given()
        .get("/api/v1/stores/NOT_A_STORE")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("storeId"));
  }

  @Test
  void bad_dead_letter_paging_is_a_400_problem_naming_the_parameter() {
    given()
        .queryParam("limit", "lots")
        .get("/api/v1/dead-letters")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("limit"))
        .body("rule", equalTo("integer"));
    given()
        .queryParam("limit", 100_000)
        .get("/api/v1/dead-letters")
        .then()
        .statusCode(400)
        .body("field", equalTo("limit"))
        .body("rule", equalTo("range"));
    given()
        .get("/api/v1/dead-letters/x")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("id"));
    given()
        .get("/api/v1/dead-letters/999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void unknown_path_and_wrong_method_are_problems_too() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/stores")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("status", equalTo(405));
  }
}
