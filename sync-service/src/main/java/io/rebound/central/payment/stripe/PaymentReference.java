package io.rebound.central.payment.stripe;

import io.rebound.central.payment.GatewayRejectedException;

/**
 * A sale's gateway reference as Stripe's refund parameter: {@code payment_intent=pi_…} or {@code
 * charge=ch_…|py_…}.
 */
record PaymentReference(String parameter, String id) {

  static PaymentReference of(String reference) {
    if (reference.startsWith("pi_")) {
      return new PaymentReference("payment_intent", reference);
    }
    if (reference.startsWith("ch_") || reference.startsWith("py_")) {
      return new PaymentReference("charge", reference);
    }
    throw new GatewayRejectedException(
        0,
        "payment-reference",
        "paymentReference: '"
            + reference
            + "' is not a Stripe charge or payment intent (rule: starts with ch_, py_ or pi_)");
  }
}
