package io.rebound.edge.requests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Return bodies and the POST for the request/response tests; every sale is a sale of its own. */
final class Bodies {
  private Bodies() {}

  /** A card sale of two units of one sale line, sold two days ago, refunded to the card. */
  static String cardReturn(String saleId) {
    String soldAt =
        Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return """
        {"terminalId":"POS-01","originalSale":{"saleId":"%s","channel":"ECOMMERCE",\
        "soldAt":"%s","tenders":[{"type":"CARD","amount":{"amount":"99.98",\
        "currency":"USD"},"paymentReference":"ch_3PqR"}]},"customer":{"customerId":"C-889"},\
        "lines":[{"sku":"SKU-1","quantity":2,"unitPrice":{"amount":"49.99","currency":"USD"},\
        "reason":"WRONG_SIZE","condition":"UNOPENED","saleLineId":"7"}],\
        "refundPreference":"ORIGINAL_TENDER"}"""
        .formatted(saleId, soldAt);
  }

  /** A no-receipt return of a customer of its own, paid out as store credit. */
  static String storeCredit() {
    return """
        {"terminalId":"POS-01","customer":{"customerId":"C-%s"},"lines":[{"sku":"SKU-N",\
        "quantity":1,"unitPrice":{"amount":"20.00","currency":"USD"},"reason":"CHANGED_MIND",\
        "condition":"UNOPENED"}],"refundPreference":"STORE_CREDIT"}"""
        .formatted(UUID.randomUUID().toString().substring(0, 18));
  }

  static String newSale() {
    return "WEB-" + UUID.randomUUID();
  }

  static String newKey() {
    return "req-" + UUID.randomUUID();
  }

  static Response post(String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/returns");
  }
}
