package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.restassured.RestAssured.given;

import io.rebound.edge.store.ReadPool;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Calls and table reads shared by the inspection API tests; one instance per test (fresh skus). */
final class InspectionCalls {
  /**
   * Three units of a sku unique to the test (so inventory levels start at zero) and one more; a
   * no-receipt return of a new customer each time (the policy allows one per customer a day).
   */
  private static final String TWO_LINE_RETURN =
      """
      {"terminalId":"POS-01","customer":{"customerId":"%s"},"lines":[{"sku":"%s","quantity":3,"unitPrice":{"amount":"10.00",\
      "currency":"USD"},"reason":"WRONG_SIZE","condition":"OPENED"},{"sku":"%s","quantity":1,\
      "unitPrice":{"amount":"5.00","currency":"USD"},"reason":"DEFECTIVE",\
      "condition":"DEFECTIVE"}],"refundPreference":"STORE_CREDIT"}""";

  final String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
  final String otherSku = sku + "-B";
  private final ReadPool reads;

  InspectionCalls(ReadPool reads) {
    this.reads = reads;
  }

  /** Rows of every table an inspection step writes. */
  record Counts(int outbox, int inspections, int lines, int moves, int idempotency) {}

  String acceptReturn() {
    return SampleReturns.post(
            newKey(), TWO_LINE_RETURN.formatted("C-" + UUID.randomUUID(), sku, otherSku))
        .then()
        .statusCode(201)
        .extract()
        .path("returnId");
  }

  static String step(int lineIndex, int quantity, String disposition) {
    return "{\"inspectedBy\":\"manager Ana\",\"lines\":[{\"lineIndex\":%d,\"quantity\":%d,\"disposition\":\"%s\"}]}"
        .formatted(lineIndex, quantity, disposition);
  }

  static Response inspect(String returnId, String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/returns/" + returnId + "/inspection");
  }

  static ValidatableResponse inventory(String sku) {
    return given()
        .queryParam("sku", sku)
        .get("/api/v1/inventory")
        .then()
        .statusCode(200)
        .contentType("application/json");
  }

  List<String> outboxTypes(String returnId) {
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

  Counts counts() {
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
