package io.rebound.protocols.returns;

/** How the refund is paid out. */
public enum RefundMethod {
  CARD,
  CASH,
  GIFT_CARD,
  STORE_CREDIT
}
