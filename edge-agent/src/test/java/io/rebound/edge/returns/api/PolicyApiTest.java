package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.credit.CreditStock;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The policy through the POS API (agent OFFLINE: no broker), under the built-in defaults. */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class PolicyApiTest {
  @Inject WriteLane lane;

  @BeforeEach
  void storeCreditNumbers() {
    CreditStock.seed(lane, 50);
  }

  @Inject ReadPool reads;

  @Test
  void a_rejected_return_is_a_422_naming_rule_and_field_stores_nothing_and_keeps_the_key_free() {
    String key = newKey();
    TableCounts before = TableCounts.of(reads);

    post(key, PolicyBodies.noReceipt("20.00", null))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("status", equalTo(422))
        .body("rule", equalTo("policy.no-receipt.id-required"))
        .body("type", equalTo("https://rebound.io/problems/policy.no-receipt.id-required"))
        .body("field", equalTo("customer.customerId"))
        .body("detail", containsString("needs the customer's ID"));
    assertThat(TableCounts.of(reads)).isEqualTo(before);

    post(key, PolicyBodies.noReceipt("20.00", "C-API-1"))
        .then()
        .statusCode(201)
        .body("refund.method", equalTo("STORE_CREDIT"))
        .body("refund.status", equalTo("ISSUED"));
  }

  @Test
  void the_same_sale_line_is_refused_the_second_time_even_under_a_new_key() {
    String body = SampleReturns.cardReturn();
    String first = post(newKey(), body).then().statusCode(201).extract().path("returnId");
    TableCounts before = TableCounts.of(reads);

    post(newKey(), body.replace("WRONG_SIZE", "WRONG_ITEM"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("policy.sale-line.already-returned"))
        .body("field", equalTo("lines[0].sku"))
        .body("detail", containsString(first));
    assertThat(TableCounts.of(reads)).isEqualTo(before);
  }

  @Test
  void outside_the_return_window_is_a_422() {
    post(newKey(), PolicyBodies.cashReturn("10.00", "USD", 31))
        .then()
        .statusCode(422)
        .body("rule", equalTo("policy.window.return-window"))
        .body("field", equalTo("originalSale.soldAt"))
        .body("detail", containsString("30-day return window"));
  }

  @Test
  void an_accepted_return_lists_its_decisions_in_the_response_event_and_row() throws Exception {
    Response r = post(newKey(), PolicyBodies.cashReturn("250.00", "USD", 3));

    r.then()
        .statusCode(201)
        .body("mode", equalTo("OFFLINE"))
        .body("status", equalTo("PENDING_APPROVAL"))
        .body("refund.method", equalTo("CASH"))
        .body("refund.status", equalTo("PENDING_APPROVAL"))
        .body("decisions[0].rule", equalTo("policy.cash.offline-per-return-cap"))
        .body("decisions[0].effect", equalTo("REQUIRE_APPROVAL"))
        .body("decisions[0].message", containsString("200.00 USD"));
    String returnId = r.path("returnId");
    JsonPath event = JsonPath.from(new String(column(returnId, "o.envelope"), "UTF-8"));
    assertThat(event.getList("payload.decisions.rule"))
        .isEqualTo(r.jsonPath().getList("decisions.rule"));
    assertThat(new String(column(returnId, "CAST(r.policy_version AS TEXT)"), "UTF-8"))
        .isEqualTo("0");
    assertThat(new String(column(returnId, "r.refund_status"), "UTF-8"))
        .isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void a_second_no_receipt_return_of_the_customer_today_is_a_422() {
    post(newKey(), PolicyBodies.noReceipt("10.00", "C-API-2")).then().statusCode(201);

    post(newKey(), PolicyBodies.noReceipt("12.00", "C-API-2"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("policy.no-receipt.customer-daily-limit"))
        .body("detail", containsString("C-API-2"));
  }

  @Test
  void the_sold_at_reference_is_the_agents_clock_not_a_fixed_date() {
    // guards the test bodies themselves: a fixed date would drift out of the window
    String body = SampleReturns.cardReturn();
    Instant soldAt = Instant.parse(JsonPath.from(body).getString("originalSale.soldAt"));
    assertThat(soldAt).isBetween(Instant.now().minus(3, ChronoUnit.DAYS), Instant.now());
  }

  private byte[] column(String returnId, String expression) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + expression
                      + " FROM returns r JOIN outbox o ON o.sequence = r.sequence"
                      + " WHERE r.return_id = ?")) {
            ps.setString(1, returnId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getBytes(1);
            }
          }
        });
  }
}
