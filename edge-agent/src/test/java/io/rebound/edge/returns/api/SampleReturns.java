package io.rebound.edge.returns.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Request bodies and calls shared by the POS API tests. */
final class SampleReturns {
  /**
   * The example body of PRODUCT.md, sold two days ago (inside the 30-day return window). Post it
   * once per data dir: the policy refuses the same sale line twice; use {@link #cardReturn()}.
   */
  static final String CARD_RETURN =
      """
      {"terminalId":"POS-01","originalSale":{"saleId":"WEB-100234","channel":"ECOMMERCE",\
      "soldAt":"%s","tenders":[{"type":"CARD","amount":{"amount":"49.99",\
      "currency":"USD"},"paymentReference":"ch_123"}]},"customer":{"customerId":"C-889"},\
      "lines":[{"sku":"SKU-1","quantity":1,"unitPrice":{"amount":"49.99","currency":"USD"},\
      "reason":"WRONG_SIZE","condition":"UNOPENED"}],"refundPreference":"ORIGINAL_TENDER"}"""
          .formatted(Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

  /** A no-receipt return of a known customer, paid out as store credit. */
  static final String NO_RECEIPT_RETURN =
      """
      {"terminalId":"POS-01","customer":{"customerId":"C-NR-1"},"lines":[{"sku":"SKU-9",\
      "quantity":2,"unitPrice":{"amount":"10.00","currency":"USD"},"reason":"CHANGED_MIND",\
      "condition":"OPENED"}],"refundPreference":"ORIGINAL_TENDER"}""";

  private SampleReturns() {}

  /** {@link #CARD_RETURN} of a sale of its own, so the policy accepts every one. */
  static String cardReturn() {
    return CARD_RETURN.replace("WEB-100234", "WEB-" + UUID.randomUUID());
  }

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
