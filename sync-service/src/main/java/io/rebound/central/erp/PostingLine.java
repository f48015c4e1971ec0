package io.rebound.central.erp;

import io.rebound.protocols.money.Money;
import java.util.Objects;

/** One returned sku: {@code quantity} units at {@code unitPrice} (positive; the ERP negates). */
public record PostingLine(String sku, int quantity, Money unitPrice) {
  public PostingLine {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity: must be at least 1");
    }
  }
}
