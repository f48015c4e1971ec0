package io.rebound.protocols.receipts;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ReturnLine;

/**
 * One line of a signed receipt. Guarantees: {@code sku} is 1–64 characters, not blank; {@code
 * saleLineId}, when present, too; {@code quantity} is 1..{@value ReturnLine#MAX_QUANTITY}; the unit
 * price is set.
 */
public record ReceiptLine(String sku, String saleLineId, int quantity, Money unitPrice) {
  public ReceiptLine {
    Checks.text(sku, "sku", 64);
    if (saleLineId != null) {
      Checks.text(saleLineId, "saleLineId", 64);
    }
    if (quantity < 1 || quantity > ReturnLine.MAX_QUANTITY) {
      throw new InvalidMessageException(
          "quantity", "range", "must be between 1 and " + ReturnLine.MAX_QUANTITY);
    }
    Checks.required(unitPrice, "unitPrice");
  }

  /** A validated receipt line; {@code saleLineId} may be null. */
  public static ReceiptLine of(String sku, String saleLineId, int quantity, Money unitPrice) {
    return new ReceiptLine(sku, saleLineId, quantity, unitPrice);
  }
}
