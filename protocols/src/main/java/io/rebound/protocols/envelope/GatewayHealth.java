package io.rebound.protocols.envelope;

/**
 * The payment gateway's health as central sees it, reported in every {@link CentralStatus}. The
 * edge enters {@code PAYMENT_DEGRADED} when every reachable central instance reports {@link #DOWN}.
 */
public enum GatewayHealth {
  /** Refund requests go through. */
  HEALTHY,
  /** Central cannot reach the gateway: card refunds are deferred. */
  DOWN,
  /** Central has not found out yet (e.g. just started); the edge treats it as not down. */
  UNKNOWN
}
