package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import io.rebound.protocols.money.Money;

/**
 * The refund instruction given to the POS. {@code reference} is a store-credit number or gateway
 * refund id once known (never a card number). Guarantees: method, amount and status are set; a
 * reference, when present, is 1–128 characters and not blank.
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

  /** A validated refund instruction without a reference yet. */
  public static Refund of(RefundMethod method, Money amount, RefundStatus status) {
    return new Refund(method, amount, status, null);
  }
}
