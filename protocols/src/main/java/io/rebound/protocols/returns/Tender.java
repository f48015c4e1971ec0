package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import io.rebound.protocols.money.Money;

/**
 * One tender of the original sale. {@code paymentReference} is a gateway token or charge id (never
 * a card number); optional for cash.
 */
public record Tender(TenderType type, Money amount, String paymentReference) {
  public Tender {
    Checks.required(type, "type");
    Checks.required(amount, "amount");
    if (paymentReference != null) {
      Checks.text(paymentReference, "paymentReference", 128);
    }
  }
}
