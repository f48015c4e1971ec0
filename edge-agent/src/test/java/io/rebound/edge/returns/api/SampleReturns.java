package io.rebound.edge.returns.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;

/** Request bodies and calls shared by the POS API tests. */
final class SampleReturns {
  /** The example body of PRODUCT.md. */
  static final String CARD_RETURN =
      """
      {"terminalId":"POS-01","originalSale":{"saleId":"WEB-100234","channel":"ECOMMERCE",\
      "soldAt":"2026-11-20T10:15:00Z","tenders":[{"type":"CARD","amount":{"amount":"49.99",\
      "currency":"USD"},"paymentReference":"ch_123"}]},"customer":{"customerId":"C-889"},\
      "lines":[{"sku":"SKU-1","quantity":1,"unitPrice":{"amount":"49.99","currency":"USD"},\
      "reason":"WRONG_SIZE","condition":"UNOPENED"}],"refundPreference":"ORIGINAL_TENDER"}""";

  /** A no-receipt return paid out as store credit. */
  static final String NO_RECEIPT_RETURN =
      """
      {"terminalId":"POS-02","lines":[{"sku":"SKU-9","quantity":2,"unitPrice":{"amount":"10.00",\
      "currency":"EUR"},"reason":"CHANGED_MIND","condition":"OPENED"}],\
      "refundPreference":"ORIGINAL_TENDER"}""";

  private SampleReturns() {}

  static String newKey() {
    return "test-" + UUID.randomUUID();
  }

  static Response post(String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/returns");
  }
}
