package io.rebound.edge.sync.testing;

import static io.restassured.RestAssured.given;

import java.util.UUID;

/** A POS terminal for the sync tests: posts returns through the real HTTP API. */
public final class Pos {
  private static final String BODY =
      """
      {"terminalId":"POS-01","originalSale":{"saleId":"WEB-%s","channel":"ECOMMERCE",\
      "soldAt":"%s","tenders":[{"type":"CARD","amount":{"amount":"49.99","currency":"USD"},\
      "paymentReference":"ch_123"}]},"customer":{"customerId":"C-889"},\
      "lines":[{"sku":"SKU-1","quantity":1,"unitPrice":{"amount":"49.99","currency":"USD"},\
      "reason":"WRONG_SIZE","condition":"UNOPENED"}],"refundPreference":"ORIGINAL_TENDER"}""";

  private Pos() {}

  /** Posts one new return (fresh Idempotency-Key), expects 201, returns its returnId. */
  public static String acceptReturn() {
    String sale = UUID.randomUUID().toString().substring(0, 8);
    String soldAt = java.time.Instant.now().minusSeconds(86_400).toString();
    return given()
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(BODY.formatted(sale, soldAt))
        .when()
        .post("/api/v1/returns")
        .then()
        .statusCode(201)
        .extract()
        .path("returnId");
  }
}
