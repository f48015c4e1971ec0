package io.rebound.protocols.returns;

/** What the customer asked for. */
public enum RefundPreference {
  ORIGINAL_TENDER,
  STORE_CREDIT,
  CASH
}
