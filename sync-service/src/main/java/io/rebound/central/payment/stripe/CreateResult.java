package io.rebound.central.payment.stripe;

/** What {@code POST /v1/refunds} answered, when it answered something definite. */
sealed interface CreateResult {

  /** A refund object (new, or the stored first response when {@code replayed}). */
  record Created(StripeRefund refund, boolean replayed) implements CreateResult {}

  /** Stripe refused to refund for a payment reason: no refund object exists. */
  record Refused(StripeError error) implements CreateResult {}
}
