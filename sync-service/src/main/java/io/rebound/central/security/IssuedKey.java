package io.rebound.central.security;

import io.rebound.protocols.security.MessageKey;
import java.time.Instant;

/**
 * The answer of {@code POST /api/v1/stores/{storeId}/message-key}, shown once. Saved verbatim as
 * the agent's {@code rebound.security.message-key-file}.
 */
public record IssuedKey(
    String storeId, String keyId, String algorithm, String secret, Instant createdAt) {

  static IssuedKey of(MessageKey key, Instant createdAt) {
    return new IssuedKey(
        key.storeId().value(), key.keyId(), MessageKey.ALGORITHM, key.secretBase64Url(), createdAt);
  }

  @Override
  public String toString() {
    return "IssuedKey[storeId=" + storeId + ", keyId=" + keyId + "]";
  }
}
