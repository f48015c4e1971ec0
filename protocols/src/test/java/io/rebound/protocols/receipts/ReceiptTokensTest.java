package io.rebound.protocols.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.SaleChannel;
import io.rebound.protocols.returns.Tender;
import io.rebound.protocols.returns.TenderType;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptTokensTest {
  private static final KeyPair KEY = Ed25519Keys.generate();
  private static final KeyPair OTHER = Ed25519Keys.generate();
  private static final ReceiptKeySet KEYS =
      ReceiptKeySet.of(1, List.of(ReceiptKey.of("rk-1", KEY.getPublic())));
  private static final Instant SOLD = Instant.parse("2026-11-20T10:15:00Z");
  private static final Tender CARD = Tender.of(TenderType.CARD, usd("99.98"), "ch_3Nx9");
  private static final ReceiptClaims CLAIMS =
      ReceiptClaims.of(
          "S-1042",
          SaleChannel.STORE,
          SOLD,
          List.of(CARD),
          List.of(ReceiptLine.of("SKU-1", "1", 2, usd("49.99"))),
          SOLD.plusSeconds(2),
          StoreId.of("store-042"));

  @Test
  void token_signed_by_a_known_key_is_valid_and_carries_the_claims() {
    String token = ReceiptTokens.sign(CLAIMS, "rk-1", KEY.getPrivate());

    TokenCheck check = ReceiptTokens.verify(token, KEYS);

    assertThat(check.verdict()).isEqualTo(TokenVerdict.VALID);
    assertThat(check.kid()).isEqualTo("rk-1");
    assertThat(check.claims()).isEqualTo(CLAIMS);
    assertThat(header(token)).isEqualTo("{\"alg\":\"EdDSA\",\"kid\":\"rk-1\"}");
  }

  @Test
  void token_signed_with_another_private_key_is_forged() {
    String token = ReceiptTokens.sign(CLAIMS, "rk-1", OTHER.getPrivate());

    assertThat(ReceiptTokens.verify(token, KEYS).verdict()).isEqualTo(TokenVerdict.FORGED);
  }

  @Test
  void altered_claim_breaks_the_signature() {
    String token = ReceiptTokens.sign(CLAIMS, "rk-1", KEY.getPrivate());
    String[] parts = token.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String altered = claims.replace("\"quantity\":2", "\"quantity\":9");
    assertThat(altered).isNotEqualTo(claims);

    TokenCheck check = ReceiptTokens.verify(parts[0] + "." + b64(altered) + "." + parts[2], KEYS);

    assertThat(check.verdict()).isEqualTo(TokenVerdict.FORGED);
    assertThat(check.claims()).isNull();
  }

  @Test
  void token_of_an_unknown_kid_is_refused_naming_the_kid() {
    String token = ReceiptTokens.sign(CLAIMS, "rk-9", KEY.getPrivate());

    TokenCheck check = ReceiptTokens.verify(token, KEYS);

    assertThat(check.verdict()).isEqualTo(TokenVerdict.UNKNOWN_KEY);
    assertThat(check.reason()).contains("rk-9");
    assertThat(ReceiptTokens.verify(token, ReceiptKeySet.empty()).verdict())
        .isEqualTo(TokenVerdict.UNKNOWN_KEY);
  }

  @Test
  void alg_none_and_hs256_are_not_allowed() {
    String payload = ReceiptTokens.sign(CLAIMS, "rk-1", KEY.getPrivate()).split("\\.")[1];

    TokenCheck none = ReceiptTokens.verify(b64("{\"alg\":\"none\"}") + "." + payload + ".", KEYS);
    TokenCheck hmac =
        ReceiptTokens.verify(
            b64("{\"alg\":\"HS256\",\"kid\":\"rk-1\"}") + "." + payload + ".c2ln", KEYS);

    assertThat(none.verdict()).isEqualTo(TokenVerdict.ALG_NOT_ALLOWED);
    assertThat(none.reason()).contains("'none'");
    assertThat(hmac.verdict()).isEqualTo(TokenVerdict.ALG_NOT_ALLOWED);
  }

  @Test
  void truncated_token_is_malformed() {
    String token = ReceiptTokens.sign(CLAIMS, "rk-1", KEY.getPrivate());

    assertThat(ReceiptTokens.verify(token.substring(0, token.lastIndexOf('.')), KEYS).verdict())
        .isEqualTo(TokenVerdict.MALFORMED);
    assertThat(ReceiptTokens.verify(token.substring(0, token.length() - 10), KEYS).verdict())
        .isEqualTo(TokenVerdict.FORGED);
    assertThat(ReceiptTokens.verify("", KEYS).verdict()).isEqualTo(TokenVerdict.MALFORMED);
    assertThat(ReceiptTokens.verify("a.b.c!", KEYS).verdict()).isEqualTo(TokenVerdict.MALFORMED);
    assertThat(ReceiptTokens.verify(null, KEYS).verdict()).isEqualTo(TokenVerdict.MALFORMED);
  }

  @Test
  void header_that_is_not_a_json_object_or_lacks_a_kid_is_malformed() {
    String rest = ReceiptTokens.sign(CLAIMS, "rk-1", KEY.getPrivate()).split("\\.", 2)[1];

    assertThat(ReceiptTokens.verify(b64("[1]") + "." + rest, KEYS).verdict())
        .isEqualTo(TokenVerdict.MALFORMED);
    assertThat(ReceiptTokens.verify(b64("{\"alg\":\"EdDSA\"") + "." + rest, KEYS).verdict())
        .isEqualTo(TokenVerdict.MALFORMED);
    assertThat(ReceiptTokens.verify(b64("{\"alg\":\"EdDSA\"}") + "." + rest, KEYS).verdict())
        .isEqualTo(TokenVerdict.MALFORMED);
    assertThat(
            ReceiptTokens.verify(b64("{\"alg\":7,\"kid\":\"rk-1\"}") + "." + rest, KEYS).verdict())
        .isEqualTo(TokenVerdict.MALFORMED);
  }

  @Test
  void validly_signed_claims_of_the_wrong_types_are_malformed_naming_the_field() {
    String header = b64("{\"alg\":\"EdDSA\",\"kid\":\"rk-1\"}");
    String claims =
        "{\"saleId\":\"S-1\",\"channel\":\"STORE\",\"soldAt\":\"2026-11-20T10:15:00Z\","
            + "\"tenders\":[{\"type\":\"CASH\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"USD\"}}],"
            + "\"lines\":[{\"sku\":\"A\",\"quantity\":\"1\",\"unitPrice\":{\"amount\":\"1.00\",\"currency\":\"USD\"}}],"
            + "\"issuedAt\":\"2026-11-20T10:15:00Z\"}";
    String input = header + "." + b64(claims);

    TokenCheck check = ReceiptTokens.verify(input + "." + signature(input), KEYS);

    assertThat(check.verdict()).isEqualTo(TokenVerdict.MALFORMED);
    assertThat(check.reason()).contains("lines[0].quantity");
  }

  @Test
  void return_matching_the_receipt_is_valid() {
    String token = ReceiptTokens.sign(CLAIMS, "rk-1", KEY.getPrivate());

    TokenCheck check =
        ReceiptTokens.verifyFor(
            token, KEYS, sale(token, List.of(CARD)), List.of(line("1", 1), line("1", 1)));

    assertThat(check.verdict()).isEqualTo(TokenVerdict.VALID);
  }

  @Test
  void return_differing_from_the_receipt_is_altered_naming_the_difference() {
    String token = ReceiptTokens.sign(CLAIMS, "rk-1", KEY.getPrivate());
    Tender cash = Tender.of(TenderType.CASH, usd("99.98"), null);

    assertThat(altered(token, sale(token, List.of(cash)), List.of(line("1", 1))))
        .contains("originalSale.tenders");
    assertThat(altered(token, sale(token, List.of(CARD)), List.of(line("1", 3))))
        .contains("lines[0].quantity");
    assertThat(altered(token, sale(token, List.of(CARD)), List.of(line("2", 1))))
        .contains("lines[0]", "not on the receipt");
    OriginalSale otherSale =
        OriginalSale.of("S-9999", SaleChannel.STORE, SOLD, List.of(CARD), token);
    assertThat(altered(token, otherSale, List.of(line("1", 1)))).contains("originalSale.saleId");
    OriginalSale otherDay =
        OriginalSale.of(
            "S-1042", SaleChannel.STORE, SOLD.minusSeconds(86_400), List.of(CARD), token);
    assertThat(altered(token, otherDay, List.of(line("1", 1)))).contains("originalSale.soldAt");
    ReturnLine cheaper =
        new ReturnLine(
            "SKU-1", 1, usd("9.99"), ReasonCode.values()[0], ItemCondition.UNOPENED, null, null);
    assertThat(altered(token, sale(token, List.of(CARD)), List.of(cheaper)))
        .contains("not on the receipt");
  }

  private static String altered(String token, OriginalSale sale, List<ReturnLine> lines) {
    TokenCheck check = ReceiptTokens.verifyFor(token, KEYS, sale, lines);
    assertThat(check.verdict()).isEqualTo(TokenVerdict.ALTERED);
    return check.reason();
  }

  private static OriginalSale sale(String token, List<Tender> tenders) {
    return OriginalSale.of("S-1042", SaleChannel.STORE, SOLD, tenders, token);
  }

  private static ReturnLine line(String saleLineId, int quantity) {
    return new ReturnLine(
        "SKU-1",
        quantity,
        usd("49.99"),
        ReasonCode.values()[0],
        ItemCondition.UNOPENED,
        saleLineId,
        null);
  }

  private static String signature(String input) {
    try {
      java.security.Signature s = java.security.Signature.getInstance("Ed25519");
      s.initSign(KEY.getPrivate());
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(s.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String header(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
