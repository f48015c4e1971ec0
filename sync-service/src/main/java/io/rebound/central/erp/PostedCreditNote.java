package io.rebound.central.erp;

import io.rebound.protocols.money.Money;
import java.util.Objects;

/**
 * A credit note the ERP holds as posted for a return, read back (used by reconciliation).
 *
 * @param externalReference the same reference {@link ErpAdapter#postCreditNote} returned
 * @param amount what the note credits the customer, as a positive amount in its currency
 */
public record PostedCreditNote(String externalReference, Money amount) {
  public PostedCreditNote {
    Objects.requireNonNull(externalReference, "externalReference");
    Objects.requireNonNull(amount, "amount");
  }
}
