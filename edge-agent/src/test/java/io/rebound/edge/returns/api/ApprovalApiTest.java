package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.credit.CreditStock;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Manager approval through the POS API (agent OFFLINE: no broker): a cash return above the offline
 * per-return cap (200.00 USD by default) waits for approval until a manager decides it.
 */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ApprovalApiTest {
  private static final String APPROVE =
      "{\"decision\":\"APPROVED\",\"manager\":\"M. Jones\",\"reason\":\"regular customer\"}";
  private static final String DENY =
      "{\"decision\":\"DENIED\",\"manager\":\"M. Jones\",\"reason\":\"item shows signs of use\"}";

  @Inject ReadPool reads;
  @Inject WriteLane lane;

  private static String pendingCashReturn(String body) {
    return post(newKey(), body)
        .then()
        .statusCode(201)
        .body("mode", equalTo("OFFLINE"))
        .body("status", equalTo("PENDING_APPROVAL"))
        .body("refund.status", equalTo("PENDING_APPROVAL"))
        .extract()
        .path("returnId");
  }

  private static Response decide(String returnId, String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/returns/" + returnId + "/approval");
  }

  @Test
  void cash_over_the_offline_cap_waits_for_approval_and_is_listed_as_pending() {
    String returnId = pendingCashReturn(PolicyBodies.cashReturn("250.00", "USD", 3));

    given()
        .queryParam("status", "PENDING_APPROVAL")
        .get("/api/v1/returns")
        .then()
        .statusCode(200)
        .body("items.returnId", hasItem(returnId));
  }

  @Test
  void approving_issues_the_cash_records_the_offline_cash_and_queues_the_event() {
    String returnId = pendingCashReturn(PolicyBodies.cashReturn("250.00", "USD", 3));

    decide(returnId, newKey(), APPROVE)
        .then()
        .statusCode(201)
        .body("decision", equalTo("APPROVED"))
        .body("status", equalTo("ACCEPTED"))
        .body("refund.status", equalTo("ISSUED"))
        .body("manager", equalTo("test.manager"));

    given()
        .get("/api/v1/returns/" + returnId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"))
        .body("refund.status", equalTo("ISSUED"))
        .body("approval.decision", equalTo("APPROVED"))
        .body("approval.manager", equalTo("test.manager"))
        .body("approval.reason", equalTo("regular customer"));
    assertThat(
            strings("SELECT amount_minor FROM ledger_offline_cash WHERE return_id = ?", returnId))
        .containsExactly("25000");
    assertThat(
            strings(
                "SELECT event_type FROM outbox WHERE return_id = ? ORDER BY sequence", returnId))
        .containsExactly("return.accepted", "return.approval-decided");
    assertThat(
            strings("SELECT manager || '/' || reason FROM approvals WHERE return_id = ?", returnId))
        .containsExactly("test.manager/regular customer");
    given()
        .queryParam("status", "PENDING_APPROVAL")
        .get("/api/v1/returns")
        .then()
        .body("items.returnId", not(hasItem(returnId)));
  }

  @Test
  void approving_store_credit_issues_it_under_a_reserved_number_or_defers_it_without_one() {
    String first =
        pendingCashReturn(PolicyBodies.noReceipt("80.00", "C-" + java.util.UUID.randomUUID()));
    String second =
        pendingCashReturn(PolicyBodies.noReceipt("80.00", "C-" + java.util.UUID.randomUUID()));
    decide(first, newKey(), APPROVE)
        .then()
        .statusCode(201)
        .body("refund.method", equalTo("STORE_CREDIT"))
        .body("refund.status", equalTo("DEFERRED"));

    var block = CreditStock.seed(lane, 1);
    decide(second, newKey(), APPROVE)
        .then()
        .statusCode(201)
        .body("refund.status", equalTo("ISSUED"))
        .body("refund.reference", equalTo(String.format("SC-%010d", block.firstNumber())));
    given()
        .get("/api/v1/returns/" + second)
        .then()
        .body("refund.reference", equalTo(String.format("SC-%010d", block.firstNumber())));
  }

  @Test
  void denying_declines_the_refund_and_frees_the_sale_line_for_another_return() {
    String body = PolicyBodies.cashReturn("250.00", "USD", 3);
    String returnId = pendingCashReturn(body);
    post(newKey(), body)
        .then()
        .statusCode(422)
        .body("rule", equalTo("policy.sale-line.already-returned"));

    decide(returnId, newKey(), DENY)
        .then()
        .statusCode(201)
        .body("status", equalTo("DENIED"))
        .body("refund.status", equalTo("DECLINED"));

    given()
        .get("/api/v1/returns/" + returnId)
        .then()
        .body("status", equalTo("DENIED"))
        .body("refund.status", equalTo("DECLINED"))
        .body("approval.decision", equalTo("DENIED"));
    assertThat(strings("SELECT sale_id FROM ledger_sale_lines WHERE return_id = ?", returnId))
        .isEmpty();
    pendingCashReturn(body);
  }

  @Test
  void deciding_twice_is_a_409_and_a_replay_with_the_same_key_gets_the_same_response() {
    String returnId = pendingCashReturn(PolicyBodies.cashReturn("250.00", "USD", 3));
    String key = newKey();
    String first = decide(returnId, key, APPROVE).then().statusCode(201).extract().asString();

    decide(returnId, key, APPROVE)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body(equalTo(first));
    decide(returnId, newKey(), DENY)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("rule", equalTo("approval.not-pending"))
        .body("detail", containsString("ACCEPTED"));
    assertThat(strings("SELECT decision FROM approvals WHERE return_id = ?", returnId))
        .containsExactly("APPROVED");
  }

  @Test
  void a_decision_without_reason_is_a_400_naming_reason_and_writes_nothing() {
    String returnId = pendingCashReturn(PolicyBodies.cashReturn("250.00", "USD", 3));

    decide(returnId, newKey(), "{\"decision\":\"APPROVED\",\"manager\":\"M. Jones\"}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("reason"));
    given().get("/api/v1/returns/" + returnId).then().body("status", equalTo("PENDING_APPROVAL"));
  }

  @Test
  void an_accepted_return_cannot_be_decided() {
    String returnId =
        post(newKey(), PolicyBodies.cashReturn("20.00", "USD", 3))
            .then()
            .statusCode(201)
            .body("status", equalTo("ACCEPTED"))
            .extract()
            .path("returnId");

    decide(returnId, newKey(), APPROVE)
        .then()
        .statusCode(409)
        .body("rule", equalTo("approval.not-pending"));
  }

  private List<String> strings(String sql, String returnId) {
    return reads.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, returnId);
            try (ResultSet rs = ps.executeQuery()) {
              List<String> out = new ArrayList<>();
              while (rs.next()) {
                out.add(rs.getString(1));
              }
              return out;
            }
          }
        });
  }
}
