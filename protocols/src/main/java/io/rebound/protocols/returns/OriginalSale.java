package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import java.time.Instant;
import java.util.List;

/**
 * The receipted sale a return refers to; absent on a no-receipt return. Guarantees: {@code saleId}
 * is 1–64 characters, not blank; channel and sale instant are set; 1–16 non-null tenders, held in
 * an unmodifiable list.
 *
 * <p>{@code receiptToken} (optional) is the signed receipt read from the receipt's QR code: a JWS
 * compact serialization (EdDSA/Ed25519) of the sale's {@code ReceiptClaims}, checked by the store
 * against central's receipt keys ({@code io.rebound.protocols.receipts.ReceiptTokens}). When
 * present it is 1–{@value #MAX_TOKEN_LENGTH} characters, not blank; this record does not verify it.
 */
public record OriginalSale(
    String saleId, SaleChannel channel, Instant soldAt, List<Tender> tenders, String receiptToken) {

  /** Upper bound on a receipt token's length (a QR code holds at most about 4,000 characters). */
  public static final int MAX_TOKEN_LENGTH = 4096;

  public OriginalSale {
    Checks.text(saleId, "saleId", 64);
    Checks.required(channel, "channel");
    Checks.required(soldAt, "soldAt");
    tenders = Checks.nonEmpty(tenders, "tenders", 16);
    if (receiptToken != null) {
      Checks.text(receiptToken, "receiptToken", MAX_TOKEN_LENGTH);
    }
  }

  /** An original sale without receipt token. */
  public OriginalSale(String saleId, SaleChannel channel, Instant soldAt, List<Tender> tenders) {
    this(saleId, channel, soldAt, tenders, null);
  }

  /** A validated original sale with a receipt token read from the receipt (may be null). */
  public static OriginalSale of(
      String saleId,
      SaleChannel channel,
      Instant soldAt,
      List<Tender> tenders,
      String receiptToken) {
    return new OriginalSale(saleId, channel, soldAt, tenders, receiptToken);
  }

  /** A validated original sale. */
  public static OriginalSale of(
      String saleId, SaleChannel channel, Instant soldAt, List<Tender> tenders) {
    return new OriginalSale(saleId, channel, soldAt, tenders);
  }
}
