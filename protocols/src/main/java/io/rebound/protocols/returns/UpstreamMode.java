package io.rebound.protocols.returns;

/** The edge agent's view of upstream: central and the payment gateway (PRODUCT.md). */
public enum UpstreamMode {
  ONLINE,
  PAYMENT_DEGRADED,
  OFFLINE
}
