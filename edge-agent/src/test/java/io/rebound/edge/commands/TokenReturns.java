package io.rebound.edge.commands;

import static io.restassured.RestAssured.given;

import io.rebound.protocols.money.Money;
import io.rebound.protocols.receipts.Ed25519Keys;
import io.rebound.protocols.receipts.ReceiptClaims;
import io.rebound.protocols.receipts.ReceiptKey;
import io.rebound.protocols.receipts.ReceiptLine;
import io.rebound.protocols.receipts.ReceiptTokens;
import io.rebound.protocols.returns.SaleChannel;
import io.rebound.protocols.returns.Tender;
import io.rebound.protocols.returns.TenderType;
import io.restassured.path.json.JsonPath;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Returns with receipt tokens signed by a test key (what central's signing endpoint produces). */
final class TokenReturns {
  static final KeyPair PAIR = Ed25519Keys.generate();
  static final KeyPair OTHER = Ed25519Keys.generate();
  static final ReceiptKey KEY = ReceiptKey.of("test-key-1", PAIR.getPublic());

  /** Sold yesterday, whole seconds: the token and the body carry the same instant. */
  private static final Instant SOLD_AT =
      Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

  private static final String BODY =
      """
      {"terminalId":"POS-01","originalSale":{"saleId":"%s","channel":"ECOMMERCE",\
      "soldAt":"%s","tenders":[{"type":"CARD","amount":{"amount":"49.99","currency":"USD"},\
      "paymentReference":"ch_123"}]%s},"customer":{"customerId":"C-889"},\
      "lines":[{"sku":"SKU-1","quantity":%d,"unitPrice":{"amount":"49.99","currency":"USD"},\
      "reason":"WRONG_SIZE","condition":"UNOPENED"}],"refundPreference":"ORIGINAL_TENDER"}""";

  private TokenReturns() {}

  static String body(String saleId, String token) {
    return body(saleId, token, 1);
  }

  static String body(String saleId, String token, int quantity) {
    String tokenMember = token == null ? "" : ",\"receiptToken\":\"" + token + "\"";
    return BODY.formatted(saleId, SOLD_AT, tokenMember, quantity);
  }

  /** A genuine token for {@code saleId} with {@code quantity} of SKU-1 at 49.99. */
  static String sign(String saleId, int quantity) {
    return ReceiptTokens.sign(claims(saleId, quantity), KEY.kid(), PAIR.getPrivate());
  }

  /** A token naming the test key but signed with another private key. */
  static String forge(String saleId) {
    return ReceiptTokens.sign(claims(saleId, 1), KEY.kid(), OTHER.getPrivate());
  }

  static JsonPath post(String body, int status) {
    return given()
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(body)
        .post("/api/v1/returns")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  private static ReceiptClaims claims(String saleId, int quantity) {
    Money price = Money.of("49.99", "USD");
    return ReceiptClaims.of(
        saleId,
        SaleChannel.ECOMMERCE,
        SOLD_AT,
        List.of(Tender.of(TenderType.CARD, price, "ch_123")),
        List.of(ReceiptLine.of("SKU-1", null, quantity, price)),
        SOLD_AT,
        null);
  }
}
