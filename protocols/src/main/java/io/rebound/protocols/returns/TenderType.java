package io.rebound.protocols.returns;

/** How the original sale was paid (PRODUCT.md tender types). */
public enum TenderType {
  CARD,
  CASH,
  GIFT_CARD,
  STORE_CREDIT
}
