package io.rebound.central.payment.stripe.sim;

/** The Refunds API calls the simulator serves; faults are scripted per operation. */
public enum Operation {
  /** {@code POST /v1/refunds}. */
  CREATE,
  /** {@code GET /v1/refunds/{id}}. */
  RETRIEVE,
  /** {@code GET /v1/refunds?charge|payment_intent=…}. */
  LIST
}
