package io.rebound.protocols.returns;

/** Where the refund stands, as told to the POS (PRODUCT.md). */
public enum RefundStatus {
  APPROVED,
  DEFERRED,
  ISSUED,
  PENDING_APPROVAL,
  DECLINED
}
