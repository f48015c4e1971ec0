package io.rebound.edge.credit;

import static io.rebound.edge.sync.testing.BrokerResource.broker;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Store credit accepted while no store-credit number was left is issued, oldest first, as soon as a
 * (fake) central grants a block over real MQTT 5: each refund turns ISSUED under a number of that
 * block, one {@code return.store-credit-issued} event per return reaches central, and the refunds
 * leave the "owed" figures.
 */
@QuarkusTest
@TestProfile(DeferredCreditProfile.class)
class DeferredCreditIssueTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  @Inject MqttConnection connection;
  @Inject CreditRefill refill;
  @Inject WriteLane lane;
  @Inject ReadPool reads;

  @Test
  void deferred_store_credit_is_issued_in_acceptance_order_once_a_block_is_granted() {
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
    assertThat(refill.remaining()).as("no central has granted a block yet").isZero();

    List<String> deferred = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      JsonPath created = postStoreCredit();
      assertThat(created.getString("refund.status")).isEqualTo("DEFERRED");
      assertThat(created.getList("decisions.rule", String.class))
          .contains("policy.store-credit.no-number-available");
      deferred.add(created.getString("returnId"));
    }
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> given().get("/api/v1/status").then().body("pendingRefunds.count", equalTo(3)));

    try (FakeCentral central = FakeCentral.start(broker(), true)) {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(deferred)
                      .allMatch(id -> "ISSUED".equals(returnById(id).getString("refund.status"))));
      CreditBlockGrant block = central.requests().grants().get(0);

      List<Long> numbers = new ArrayList<>();
      for (String id : deferred) {
        JsonPath r = returnById(id);
        String reference = r.getString("refund.reference");
        assertThat(r.getString("storeCreditIssued.storeCreditNumber")).isEqualTo(reference);
        assertThat(Instant.parse(r.getString("storeCreditIssued.issuedAt")))
            .isAfterOrEqualTo(Instant.parse(r.getString("acceptedAt")));
        numbers.add(Long.parseLong(reference.substring(3)));
      }
      assertThat(numbers)
          .as("acceptance order, consecutive numbers of the granted block")
          .containsExactly(block.firstNumber(), block.firstNumber() + 1, block.firstNumber() + 2);

      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> assertThat(issuedEventsAtCentral(central)).containsOnlyKeys(deferred));
      issuedEventsAtCentral(central)
          .forEach(
              (id, event) -> {
                assertThat(event.storeCreditNumber())
                    .isEqualTo(returnById(id).getString("refund.reference"));
                assertThat(event.amount().toString()).isEqualTo("20.00 USD");
              });
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> given().get("/api/v1/status").then().body("pendingRefunds.count", equalTo(0)));

      // a second pass (as after the next grant or a restart) finds nothing left to issue
      assertThat(lane.submit(new IssueOldestDeferred(Clock.systemUTC())).join())
          .isInstanceOf(IssueOutcome.NothingOwed.class);
      assertThat(issuedOutboxRows())
          .as("one event per return")
          .containsOnlyKeys(deferred)
          .allSatisfy((id, rows) -> assertThat(rows).isEqualTo(1L));

      JsonPath detail = given().get("/api/v1/returns/" + deferred.get(0) + "/detail").jsonPath();
      assertThat(detail.getList("timeline.kind", String.class)).contains("STORE_CREDIT_ISSUED");
      assertThat(detail.getList("sync.type", String.class))
          .containsExactly("return.accepted", "return.store-credit-issued");
    }
  }

  private static org.hamcrest.Matcher<Integer> equalTo(int n) {
    return org.hamcrest.Matchers.equalTo(n);
  }

  private static JsonPath postStoreCredit() {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "dc-" + UUID.randomUUID())
        .body(
            """
            {"terminalId":"POS-01","customer":{"customerId":"C-%s"},"lines":[{"sku":"SKU-D",\
            "quantity":1,"unitPrice":{"amount":"20.00","currency":"USD"},\
            "reason":"CHANGED_MIND","condition":"UNOPENED"}],"refundPreference":"STORE_CREDIT"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 18)))
        .post("/api/v1/returns")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static JsonPath returnById(String id) {
    return given().get("/api/v1/returns/" + id).then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, StoreCreditIssued> issuedEventsAtCentral(FakeCentral central) {
    Map<String, StoreCreditIssued> events = new HashMap<>();
    central.received().stream()
        .filter(r -> r.envelope().type() == EventType.RETURN_STORE_CREDIT_ISSUED)
        .map(r -> (StoreCreditIssued) r.envelope().payload())
        .forEach(e -> events.put(e.returnId().toString(), e));
    return events;
  }

  /** Outbox rows of type return.store-credit-issued per return. */
  private Map<String, Long> issuedOutboxRows() {
    return reads.read(
        c -> {
          Map<String, Long> rows = new HashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT return_id, COUNT(*) FROM outbox"
                          + " WHERE event_type = 'return.store-credit-issued' GROUP BY return_id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.put(rs.getString(1), rs.getLong(2));
            }
          }
          return rows;
        });
  }
}
