package io.rebound.central.payment.stripe;

/** The {@code status} of a Stripe refund object. */
enum StripeRefundStatus {
  PENDING,
  REQUIRES_ACTION,
  SUCCEEDED,
  FAILED,
  CANCELED;

  /** Parses Stripe's lower-case wire value; null for a value this client does not know. */
  static StripeRefundStatus of(String wire) {
    if (wire == null) {
      return null;
    }
    for (StripeRefundStatus s : values()) {
      if (s.name().equalsIgnoreCase(wire)) {
        return s;
      }
    }
    return null;
  }
}
