package io.rebound.central.enrollment;

import java.time.Instant;

/** Answer of {@code POST /api/v1/stores/{storeId}/enrollment-codes}: the code, shown once. */
public record IssuedCode(String storeId, String code, Instant expiresAt) {
  @Override
  public String toString() {
    return "IssuedCode[storeId=" + storeId + ", expiresAt=" + expiresAt + "]";
  }
}
