package io.rebound.protocols.returns;

/** Where the original sale happened. */
public enum SaleChannel {
  ECOMMERCE,
  STORE,
  MARKETPLACE,
  PHONE
}
