package io.rebound.central.payment;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.util.Objects;

/**
 * The refund of one return to its original card tender.
 *
 * @param returnId the return being refunded (also the gateway metadata {@code rebound_return_id})
 * @param storeId the store that accepted the return
 * @param paymentReference the gateway's charge or payment-intent reference from the original sale
 *     ({@code ch_…} or {@code pi_…}); never a card number
 * @param amount the amount to refund, in the tender's currency
 */
public record RefundCommand(
    ReturnId returnId, StoreId storeId, String paymentReference, Money amount) {

  public RefundCommand {
    Objects.requireNonNull(returnId, "returnId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(amount, "amount");
    if (paymentReference == null || paymentReference.isBlank()) {
      throw new IllegalArgumentException("paymentReference: required for a card refund");
    }
    if (amount.isZero()) {
      throw new IllegalArgumentException("amount: must be positive");
    }
  }

  /**
   * The idempotency key sent with every attempt: derived from the return alone, so retries, replays
   * and restarts of any central instance reuse it.
   */
  public String idempotencyKey() {
    return "rebound-refund-" + returnId;
  }
}
