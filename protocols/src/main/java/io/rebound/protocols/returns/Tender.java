package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import io.rebound.protocols.money.Money;

/**
 * One tender of the original sale. {@code paymentReference} is a gateway token or charge id (never
 * a card number); optional. Guarantees: type and amount are set; a reference, when present, is
 * 1–128 characters and not blank.
 */
public record Tender(TenderType type, Money amount, String paymentReference) {
  public Tender {
    Checks.required(type, "type");
    Checks.required(amount, "amount");
    if (paymentReference != null) {
      Checks.text(paymentReference, "paymentReference", 128);
    }
  }

  /** A validated tender; {@code paymentReference} may be null. */
  public static Tender of(TenderType type, Money amount, String paymentReference) {
    return new Tender(type, amount, paymentReference);
  }
}
