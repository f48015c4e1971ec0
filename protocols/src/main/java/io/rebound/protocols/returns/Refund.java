package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import io.rebound.protocols.money.Money;

/**
 * The refund instruction given to the POS. {@code reference} is a store-credit number or gateway
 * refund id once known.
 */
public record Refund(RefundMethod method, Money amount, RefundStatus status, String reference) {
  public Refund {
    Checks.required(method, "method");
    Checks.required(amount, "amount");
    Checks.required(status, "status");
    if (reference != null) {
      Checks.text(reference, "reference", 128);
    }
  }
}
