package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.testing.ContractExamples;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/returns/{id}/inspection}, the per-line view and inventory levels. */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class InspectionApiTest {
  /** Three units of a sku unique to the test (so inventory levels start at zero) and one more. */
  private static final String TWO_LINE_RETURN =
      """
      {"terminalId":"POS-01","lines":[{"sku":"%s","quantity":3,"unitPrice":{"amount":"10.00",\
      "currency":"USD"},"reason":"WRONG_SIZE","condition":"OPENED"},{"sku":"%s","quantity":1,\
      "unitPrice":{"amount":"5.00","currency":"USD"},"reason":"DEFECTIVE",\
      "condition":"DEFECTIVE"}],"refundPreference":"STORE_CREDIT"}""";

  @Inject ReadPool reads;

  private final String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
  private final String otherSku = sku + "-B";

  @Test
  void inspecting_every_unit_moves_inventory_and_completes_the_return() {
    String id = acceptReturn();
    inventory(sku).body("quantities.PENDING_INSPECTION", equalTo(3));

    inspect(
            id,
            newKey(),
            """
            {"inspectedBy":"manager Ana","lines":[
             {"lineIndex":0,"sku":"%s","quantity":2,"disposition":"RESELLABLE"},
             {"lineIndex":0,"quantity":1,"disposition":"DAMAGED","note":"scratched"},
             {"lineIndex":1,"quantity":1,"disposition":"DEFECTIVE","vendorId":"VENDOR-ACME"}]}"""
                .formatted(sku))
        .then()
        .statusCode(201)
        .contentType("application/json")
        .header("Location", "/api/v1/returns/" + id)
        .body("returnId", equalTo(id))
        .body("inspectedBy", equalTo("manager Ana"))
        .body("lines", hasSize(3))
        .body("lines[2].sku", equalTo(otherSku))
        .body("lines[2].vendorId", equalTo("VENDOR-ACME"))
        .body("inspection.state", equalTo("INSPECTED"))
        .body("inspection.lines[0].pendingInspection", equalTo(0))
        .body("inspection.lines[0].dispositions.RESELLABLE", equalTo(2))
        .body("inspection.lines[0].dispositions.DAMAGED", equalTo(1));

    inventory(sku)
        .body("quantities.PENDING_INSPECTION", equalTo(0))
        .body("quantities.SELLABLE", equalTo(2))
        .body("quantities.LIQUIDATION", equalTo(1))
        .body("quantities.SUPPLIER_CLAIM", equalTo(0))
        .body("quantities.IN_TRANSIT_TO_WAREHOUSE", equalTo(0));
    inventory(otherSku)
        .body("quantities.PENDING_INSPECTION", equalTo(0))
        .body("quantities.SUPPLIER_CLAIM", equalTo(1));
    assertThat(outboxTypes(id)).containsExactly("return.accepted", "return.inspected");
  }

  @Test
  void a_return_is_inspected_in_partial_steps_shown_per_line() {
    String id = acceptReturn();
    given()
        .get("/api/v1/returns/" + id)
        .then()
        .statusCode(200)
        .body("inspection.state", equalTo("NOT_INSPECTED"))
        .body("inspection.lines[0].pendingInspection", equalTo(3))
        .body("inspection.steps", hasSize(0));

    inspect(id, newKey(), step(0, 1, "RESELLABLE")).then().statusCode(201);
    inspect(id, newKey(), step(0, 1, "TO_WAREHOUSE"))
        .then()
        .statusCode(201)
        .body("inspection.state", equalTo("PARTIALLY_INSPECTED"));

    given()
        .get("/api/v1/returns/" + id)
        .then()
        .statusCode(200)
        .body("returnId", equalTo(id))
        .body("sync.state", equalTo("PENDING"))
        .body("inspection.state", equalTo("PARTIALLY_INSPECTED"))
        .body("inspection.lines[0].sku", equalTo(sku))
        .body("inspection.lines[0].returned", equalTo(3))
        .body("inspection.lines[0].pendingInspection", equalTo(1))
        .body("inspection.lines[0].dispositions.RESELLABLE", equalTo(1))
        .body("inspection.lines[0].dispositions.TO_WAREHOUSE", equalTo(1))
        .body("inspection.lines[1].pendingInspection", equalTo(1))
        .body("inspection.steps", hasSize(2))
        .body("inspection.steps[0].inspectedBy", equalTo("manager Ana"))
        .body("inspection.steps[1].sync", equalTo("PENDING"));
    inventory(sku)
        .body("quantities.PENDING_INSPECTION", equalTo(1))
        .body("quantities.SELLABLE", equalTo(1))
        .body("quantities.IN_TRANSIT_TO_WAREHOUSE", equalTo(1));
  }

  @Test
  void more_units_than_remain_uninspected_is_a_422_and_changes_nothing() {
    String id = acceptReturn();
    inspect(id, newKey(), step(0, 2, "RESELLABLE")).then().statusCode(201);
    Counts before = counts();
    String key = newKey();

    inspect(id, key, step(0, 2, "DAMAGED"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("field", equalTo("lines[0].quantity"))
        .body("rule", equalTo("inspection.quantity-exceeds-returned"))
        .body("detail", not(equalTo(null)));

    assertThat(counts()).isEqualTo(before);
    // the key was not consumed by the refusal: a corrected request with it goes through
    inspect(id, key, step(0, 1, "DAMAGED")).then().statusCode(201);
    inventory(sku).body("quantities.PENDING_INSPECTION", equalTo(0));
  }

  @Test
  void concurrent_steps_never_disposition_more_units_than_were_returned() throws Exception {
    String id = acceptReturn();
    ExecutorService terminals = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        statuses.add(
            terminals.submit(() -> inspect(id, newKey(), step(0, 1, "RESELLABLE")).statusCode()));
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> f : statuses) {
        codes.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(codes).filteredOn(c -> c == 201).hasSize(3);
      assertThat(codes).filteredOn(c -> c == 422).hasSize(5);
    } finally {
      terminals.shutdownNow();
    }
    inventory(sku)
        .body("quantities.PENDING_INSPECTION", equalTo(0))
        .body("quantities.SELLABLE", equalTo(3));
  }

  @Test
  void line_index_beyond_the_return_and_wrong_sku_are_422_problems() {
    String id = acceptReturn();
    Counts before = counts();

    inspect(id, newKey(), step(2, 1, "DAMAGED"))
        .then()
        .statusCode(422)
        .body("field", equalTo("lines[0].lineIndex"))
        .body("rule", equalTo("inspection.line-exists"));
    inspect(
            id,
            newKey(),
            "{\"inspectedBy\":\"Ana\",\"lines\":[{\"lineIndex\":0,\"sku\":\"NOPE\",\"quantity\":1,"
                + "\"disposition\":\"DAMAGED\"}]}")
        .then()
        .statusCode(422)
        .body("field", equalTo("lines[0].sku"))
        .body("rule", equalTo("inspection.sku-matches-line"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void unknown_or_malformed_return_is_a_404_problem() {
    Counts before = counts();
    inspect("01936b2e-5c4a-7def-8abc-0123456789ab", newKey(), step(0, 1, "DAMAGED"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("field", equalTo("returnId"))
        .body("rule", equalTo("not-found"));
    inspect("not-a-return", newKey(), step(0, 1, "DAMAGED"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("rule", equalTo("format"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void same_key_and_body_replays_the_first_response_and_records_once() {
    String id = acceptReturn();
    String key = newKey();
    Response first = inspect(id, key, step(0, 1, "RESELLABLE"));
    first.then().statusCode(201);
    Counts afterFirst = counts();

    Response replay = inspect(id, key, step(0, 1, "RESELLABLE"));

    replay.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(replay.asByteArray()).isEqualTo(first.asByteArray());
    assertThat(counts()).isEqualTo(afterFirst);
    inventory(sku).body("quantities.SELLABLE", equalTo(1));
  }

  @Test
  void same_key_with_another_body_or_return_is_a_422() {
    String id = acceptReturn();
    String other = acceptReturn();
    String key = newKey();
    inspect(id, key, step(0, 1, "RESELLABLE")).then().statusCode(201);

    inspect(id, key, step(0, 1, "DAMAGED"))
        .then()
        .statusCode(422)
        .body("field", equalTo("Idempotency-Key"))
        .body("rule", equalTo("idempotency-key-reuse"));
    inspect(other, key, step(0, 1, "RESELLABLE"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("idempotency-key-reuse"));
  }

  @Test
  void missing_idempotency_key_is_a_400_problem() {
    String id = acceptReturn();
    given()
        .contentType(ContentType.JSON)
        .body(step(0, 1, "DAMAGED"))
        .post("/api/v1/returns/" + id + "/inspection")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("Idempotency-Key"))
        .body("rule", equalTo("required"));
  }

  static List<ContractExamples.Invalid> invalidRequests() {
    return ContractExamples.invalid(MessageKind.INSPECTION_REQUEST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void every_invalid_request_is_a_400_naming_field_and_rule_and_stores_nothing(
      ContractExamples.Invalid example) {
    String id = acceptReturn();
    Counts before = counts();

    Response r = inspect(id, newKey(), ProtocolJson.toJson(example.message()));

    r.then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo(example.field()))
        .body("rule", equalTo(example.rule()));
    assertThat(r.asString()).doesNotContain("Exception", "io.rebound");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void malformed_json_and_empty_body_are_400_problems() {
    String id = acceptReturn();
    inspect(id, newKey(), "{\"inspectedBy\":")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("rule", equalTo("json-syntax"));
    inspect(id, newKey(), "")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("rule", equalTo("json-syntax"));
  }

  @Test
  void inventory_needs_a_sku() {
    given()
        .get("/api/v1/inventory")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("sku"))
        .body("rule", equalTo("required"));
    inventory("NEVER-RETURNED")
        .body("sku", equalTo("NEVER-RETURNED"))
        .body("quantities.PENDING_INSPECTION", equalTo(0))
        .body("quantities.SELLABLE", equalTo(0));
  }

  private String acceptReturn() {
    return SampleReturns.post(newKey(), TWO_LINE_RETURN.formatted(sku, otherSku))
        .then()
        .statusCode(201)
        .extract()
        .path("returnId");
  }

  private static String step(int lineIndex, int quantity, String disposition) {
    return "{\"inspectedBy\":\"manager Ana\",\"lines\":[{\"lineIndex\":%d,\"quantity\":%d,\"disposition\":\"%s\"}]}"
        .formatted(lineIndex, quantity, disposition);
  }

  private static Response inspect(String returnId, String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/returns/" + returnId + "/inspection");
  }

  private static io.restassured.response.ValidatableResponse inventory(String sku) {
    return given()
        .queryParam("sku", sku)
        .get("/api/v1/inventory")
        .then()
        .statusCode(200)
        .contentType("application/json");
  }

  private List<String> outboxTypes(String returnId) {
    return reads.read(
        c -> {
          try (var ps =
              c.prepareStatement(
                  "SELECT event_type FROM outbox WHERE return_id = ? ORDER BY sequence")) {
            ps.setString(1, returnId);
            try (ResultSet rs = ps.executeQuery()) {
              List<String> types = new ArrayList<>();
              while (rs.next()) {
                types.add(rs.getString(1));
              }
              return types;
            }
          }
        });
  }

  /** Rows of every table an inspection step writes. */
  record Counts(int outbox, int inspections, int lines, int moves, int idempotency) {}

  private Counts counts() {
    return reads.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM inspections),"
                          + " (SELECT count(*) FROM inspection_lines),"
                          + " (SELECT count(*) FROM inventory_moves),"
                          + " (SELECT count(*) FROM idempotency)")) {
            rs.next();
            return new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
          }
        });
  }
}
