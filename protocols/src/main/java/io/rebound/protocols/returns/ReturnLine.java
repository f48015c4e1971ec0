package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.money.Money;

/**
 * One returned line. {@code saleLineId} (the line of the original sale) and {@code category} (for
 * per-category return windows) are optional. Guarantees: {@code sku} is 1–64 characters, not blank;
 * {@code quantity} is 1..{@value #MAX_QUANTITY}; unit price, reason and condition are set; optional
 * texts, when present, are 1–64 characters and not blank.
 */
public record ReturnLine(
    String sku,
    int quantity,
    Money unitPrice,
    ReasonCode reason,
    ItemCondition condition,
    String saleLineId,
    String category) {

  /** Upper bound on one line's quantity; larger values are a keying error at the POS. */
  public static final int MAX_QUANTITY = 9_999;

  public ReturnLine {
    Checks.text(sku, "sku", 64);
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new InvalidMessageException(
          "quantity", "range", "must be between 1 and " + MAX_QUANTITY);
    }
    Checks.required(unitPrice, "unitPrice");
    Checks.required(reason, "reason");
    Checks.required(condition, "condition");
    if (saleLineId != null) {
      Checks.text(saleLineId, "saleLineId", 64);
    }
    if (category != null) {
      Checks.text(category, "category", 64);
    }
  }

  /** A validated line without sale line id or category. */
  public static ReturnLine of(
      String sku, int quantity, Money unitPrice, ReasonCode reason, ItemCondition condition) {
    return new ReturnLine(sku, quantity, unitPrice, reason, condition, null, null);
  }

  /** {@code quantity × unitPrice}. */
  public Money total() {
    return unitPrice.times(quantity);
  }
}
