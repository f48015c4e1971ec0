package io.rebound.central.enrollment;

import io.rebound.central.security.IssuedKey;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.receipts.ReceiptKeySet;

/**
 * Answer of {@code POST /api/v1/enrollments}: the store's new message key (saved verbatim as the
 * agent's message-key file), the receipt-token public keys, and the store's policy ({@code null}
 * when central holds none: the agent keeps its defaults).
 */
public record Enrollment(
    String storeId, IssuedKey messageKey, ReceiptKeySet receiptKeys, StorePolicy policy) {
  @Override
  public String toString() {
    return "Enrollment[storeId=" + storeId + "]";
  }
}
