package io.rebound.edge.credit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.json.ProtocolJson;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agent restarted with store credit still owed and numbers on hand (it stopped between storing a
 * block and issuing) issues it at startup, offline, once.
 */
@QuarkusTest
@WithTestResource(value = DeferredCreditOnDisk.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class DeferredCreditAtStartupTest {
  @Inject ReadPool reads;
  @Inject WriteLane lane;

  @Test
  void store_credit_owed_at_startup_is_issued_from_the_numbers_on_hand() {
    String returnId =
        given().get("/api/v1/returns").then().statusCode(200).extract().path("items[0].returnId");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(returnById(returnId).getString("refund.status")).isEqualTo("ISSUED"));

    JsonPath r = returnById(returnId);
    String reference = String.format("SC-%010d", DeferredCreditOnDisk.FIRST);
    assertThat(r.getString("refund.reference")).isEqualTo(reference);
    assertThat(r.getString("storeCreditIssued.storeCreditNumber")).isEqualTo(reference);
    List<EventEnvelope> events = issuedEvents();
    assertThat(events).hasSize(1);
    StoreCreditIssued issued = (StoreCreditIssued) events.get(0).payload();
    assertThat(issued.returnId().toString()).isEqualTo(returnId);
    assertThat(issued.storeCreditNumber()).isEqualTo(reference);
    assertThat(issued.amount().toString()).isEqualTo("20.00 USD");
    assertThat(events.get(0).sequence()).isEqualTo(2);
    assertThat(lane.submit(new IssueOldestDeferred(Clock.systemUTC())).join())
        .as("nothing left to issue")
        .isInstanceOf(IssueOutcome.NothingOwed.class);
    given()
        .get("/api/v1/status")
        .then()
        .body("storeCredit.remainingNumbers", org.hamcrest.Matchers.equalTo(1));
  }

  private static JsonPath returnById(String id) {
    return given().get("/api/v1/returns/" + id).then().statusCode(200).extract().jsonPath();
  }

  private List<EventEnvelope> issuedEvents() {
    return reads.read(
        c -> {
          List<EventEnvelope> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT envelope FROM outbox WHERE event_type = 'return.store-credit-issued'");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(ProtocolJson.decode(rs.getBytes(1), EventEnvelope.class));
            }
          }
          return out;
        });
  }
}
