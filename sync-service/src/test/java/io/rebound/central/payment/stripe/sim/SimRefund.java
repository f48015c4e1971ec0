package io.rebound.central.payment.stripe.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refund the simulator created. {@code seq} orders refunds by creation. */
record SimRefund(
    long seq,
    String id,
    SimCharge charge,
    long amount,
    String status,
    Map<String, String> metadata,
    long created) {

  /** The refund object as Stripe renders it. */
  Map<String, Object> json() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    o.put("object", "refund");
    o.put("amount", amount);
    o.put("charge", charge.chargeId());
    o.put("payment_intent", charge.paymentIntentId());
    o.put("created", created);
    o.put("currency", charge.currency());
    o.put("metadata", metadata);
    o.put("status", status);
    o.put("failure_reason", "failed".equals(status) ? "expired_or_canceled_card" : null);
    return o;
  }
}
