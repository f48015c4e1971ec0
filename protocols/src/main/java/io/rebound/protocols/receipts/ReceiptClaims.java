package io.rebound.protocols.receipts;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.returns.SaleChannel;
import io.rebound.protocols.returns.Tender;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The claims of a receipt token (schema {@code receipt-claims}): the sale as central signed it.
 * {@code storeId} (the selling store) is optional: web sales have none. Guarantees: {@code saleId}
 * is 1–64 characters, not blank; channel, sale and issue instants are set; 1–16 tenders and
 * 1–{@value #MAX_LINES} lines in unmodifiable lists; every amount shares the currency of {@code
 * lines[0]} (rule {@code single-currency}).
 */
public record ReceiptClaims(
    String saleId,
    SaleChannel channel,
    Instant soldAt,
    List<Tender> tenders,
    List<ReceiptLine> lines,
    Instant issuedAt,
    StoreId storeId) {

  /** Upper bound on the lines of one receipt. */
  public static final int MAX_LINES = 200;

  public ReceiptClaims {
    Checks.text(saleId, "saleId", 64);
    Checks.required(channel, "channel");
    Checks.required(soldAt, "soldAt");
    tenders = Checks.nonEmpty(tenders, "tenders", 16);
    lines = Checks.nonEmpty(lines, "lines", MAX_LINES);
    Checks.required(issuedAt, "issuedAt");
    Currency currency = lines.get(0).unitPrice().currency();
    for (int i = 0; i < lines.size(); i++) {
      sameCurrency(lines.get(i).unitPrice().currency(), currency, "lines[" + i + "].unitPrice");
    }
    for (int i = 0; i < tenders.size(); i++) {
      sameCurrency(tenders.get(i).amount().currency(), currency, "tenders[" + i + "].amount");
    }
  }

  /** Validated claims; {@code storeId} may be null. */
  public static ReceiptClaims of(
      String saleId,
      SaleChannel channel,
      Instant soldAt,
      List<Tender> tenders,
      List<ReceiptLine> lines,
      Instant issuedAt,
      StoreId storeId) {
    return new ReceiptClaims(saleId, channel, soldAt, tenders, lines, issuedAt, storeId);
  }

  private static void sameCurrency(Currency actual, Currency expected, String field) {
    if (!actual.equals(expected)) {
      throw new InvalidMessageException(
          field + ".currency",
          "single-currency",
          "must equal the currency of lines[0] (" + expected.getCurrencyCode() + ")");
    }
  }
}
