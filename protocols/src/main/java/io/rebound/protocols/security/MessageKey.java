package io.rebound.protocols.security;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A store's message-signing key, as issued by central ({@code POST
 * /api/v1/stores/{storeId}/message-key}) and kept by the agent in {@code
 * rebound.security.message-key-file} (the same JSON: {@code
 * {"storeId","keyId","algorithm":"HMAC-SHA256","secret":"<base64url, 32 bytes>"}}). The secret is
 * never part of {@link #toString()}.
 *
 * @param storeId the store the key belongs to
 * @param keyId {@code [A-Za-z0-9._-]{1,64}}, sent with every signature so keys can be rotated
 * @param secret at least 32 bytes
 */
public record MessageKey(StoreId storeId, String keyId, byte[] secret) {
  /** The only algorithm of signature version {@code v1}. */
  public static final String ALGORITHM = "HMAC-SHA256";

  /** Minimum secret length in bytes (the HMAC-SHA256 block-size half, as RFC 2104 recommends). */
  public static final int MIN_SECRET_BYTES = 32;

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public MessageKey {
    Objects.requireNonNull(storeId, "storeId");
    if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
      throw new InvalidMessageException("keyId", "format", "must match [A-Za-z0-9._-]{1,64}");
    }
    if (secret == null || secret.length < MIN_SECRET_BYTES) {
      throw new InvalidMessageException(
          "secret", "min-length", "must be at least " + MIN_SECRET_BYTES + " bytes");
    }
    secret = secret.clone();
  }

  /** Builds a key from its wire form (secret in unpadded or padded base64url). */
  public static MessageKey of(StoreId storeId, String keyId, String secretBase64Url) {
    byte[] secret;
    try {
      secret = Base64.getUrlDecoder().decode(secretBase64Url == null ? "" : secretBase64Url);
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException("secret", "base64url", "must be base64url");
    }
    return new MessageKey(storeId, keyId, secret);
  }

  @Override
  public byte[] secret() {
    return secret.clone();
  }

  /** The secret in unpadded base64url, the wire form. */
  public String secretBase64Url() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageKey k
        && storeId.equals(k.storeId)
        && keyId.equals(k.keyId)
        && Arrays.equals(secret, k.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(storeId, keyId);
  }

  @Override
  public String toString() {
    return "MessageKey[storeId=" + storeId + ", keyId=" + keyId + "]";
  }
}
