package io.rebound.central.payment;

import io.rebound.protocols.money.Money;
import java.util.Objects;

/** What the gateway says about a refund. A decline is an outcome, not an exception. */
public sealed interface RefundOutcome {

  /** The gateway's refund id ({@code re_…}), or null when a decline created none. */
  String refundId();

  /** The money went back to the card (Stripe status {@code succeeded}). */
  record Succeeded(String refundId, Money amount) implements RefundOutcome {
    public Succeeded {
      Objects.requireNonNull(refundId, "refundId");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /** The gateway accepted the refund but has not settled it yet (Stripe {@code pending}). */
  record Pending(String refundId) implements RefundOutcome {
    public Pending {
      Objects.requireNonNull(refundId, "refundId");
    }
  }

  /**
   * The gateway refused to refund (card error, charge already refunded, refund failed/canceled).
   *
   * @param code the gateway's code (e.g. {@code charge_already_refunded}, {@code expired_card})
   * @param message a sentence for an operator
   */
  record Declined(String refundId, String code, String message) implements RefundOutcome {
    public Declined {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
