package io.rebound.central.payment;

import io.rebound.central.CentralException;

/** A failure talking to the payment gateway (not a decline: that is a {@link RefundOutcome}). */
public abstract class PaymentException extends CentralException {
  private static final long serialVersionUID = 1L;

  protected PaymentException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when the same command may be sent again later. */
  public abstract boolean retryable();
}
