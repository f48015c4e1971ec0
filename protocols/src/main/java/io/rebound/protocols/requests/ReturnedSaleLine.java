package io.rebound.protocols.requests;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;

/**
 * One sale line a return gives back, as central's duplicate ledger names it: {@code lineKey} is
 * {@code line:<saleLineId>} when the POS sent a sale line id, else {@code sku:<sku>}. Guarantees:
 * {@code lineKey} is 1–128 characters, not blank; {@code quantity} is 1–9999.
 */
public record ReturnedSaleLine(String lineKey, int quantity) {
  public ReturnedSaleLine {
    Checks.text(lineKey, "lineKey", 128);
    if (quantity < 1 || quantity > 9999) {
      throw new InvalidMessageException("quantity", "range", "must be 1-9999");
    }
  }

  /** A validated line. */
  public static ReturnedSaleLine of(String lineKey, int quantity) {
    return new ReturnedSaleLine(lineKey, quantity);
  }
}
