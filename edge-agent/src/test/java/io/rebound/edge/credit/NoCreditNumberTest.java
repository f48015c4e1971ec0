package io.rebound.edge.credit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.returns.api.FreshDataDir;
import io.rebound.edge.store.WriteLane;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An agent that never reached central has no store-credit numbers: store credit is DEFERRED (rule
 * policy.store-credit.no-number-available) until a block is there, then issued under its number.
 */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class NoCreditNumberTest {
  @Inject WriteLane lane;

  @Test
  void store_credit_without_a_number_left_is_deferred_then_issued_once_a_block_arrived() {
    given().get("/api/v1/status").then().body("storeCredit.remainingNumbers", equalTo(0));

    postStoreCredit()
        .statusCode(201)
        .body("refund.method", equalTo("STORE_CREDIT"))
        .body("refund.status", equalTo("DEFERRED"))
        .body("refund.reference", nullValue())
        .body("decisions.rule", hasItem("policy.store-credit.no-number-available"));
    // the pending-refunds figure is cached for up to a second
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/status")
                    .then()
                    .body("pendingRefunds.count", equalTo(1))
                    .body("storeCredit.remainingNumbers", equalTo(0)));

    var block = CreditStock.seed(lane, 2);

    postStoreCredit()
        .statusCode(201)
        .body("refund.status", equalTo("ISSUED"))
        .body("refund.reference", equalTo(String.format("SC-%010d", block.firstNumber())))
        .body("decisions.rule", hasItem("policy.store-credit.issued"));
    given().get("/api/v1/status").then().body("storeCredit.remainingNumbers", equalTo(1));
  }

  private static ValidatableResponse postStoreCredit() {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "nc-" + UUID.randomUUID())
        .body(
            """
            {"terminalId":"POS-01","customer":{"customerId":"C-%s"},"lines":[{"sku":"SKU-N",\
            "quantity":1,"unitPrice":{"amount":"20.00","currency":"USD"},\
            "reason":"CHANGED_MIND","condition":"UNOPENED"}],"refundPreference":"STORE_CREDIT"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 18)))
        .post("/api/v1/returns")
        .then();
  }
}
