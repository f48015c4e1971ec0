package io.rebound.protocols.security;

import io.rebound.protocols.InvalidMessageException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The per-store signature of an event publish: HMAC-SHA256 over the exact MQTT payload bytes with
 * the store's {@link MessageKey}, sent as MQTT 5 user properties {@value #SIGNATURE_PROPERTY}
 * {@code = v1=<base64url, unpadded>} and {@value #KEY_ID_PROPERTY} {@code = <keyId>}. Central
 * verifies it against the topic's store's active key before it trusts anything in the message.
 */
public final class MessageSignature {
  /** User property carrying {@code v1=<base64url HMAC-SHA256>}. */
  public static final String SIGNATURE_PROPERTY = "rebound-signature";

  /** User property carrying the key id the signature was made with. */
  public static final String KEY_ID_PROPERTY = "rebound-key-id";

  /** The rule named when a signature is missing or wrong. */
  public static final String RULE = "signature";

  private static final String V1 = "v1=";
  private static final int BLOCK = 64;

  private MessageSignature() {}

  /** The {@value #SIGNATURE_PROPERTY} value for {@code payload}. */
  public static String sign(MessageKey key, byte[] payload) {
    return V1 + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, payload));
  }

  /**
   * Whether {@code signature} (the property value) is {@code key}'s v1 signature of {@code
   * payload}; compares in constant time. Malformed values are simply not valid.
   */
  public static boolean verify(MessageKey key, byte[] payload, String signature) {
    if (signature == null || !signature.startsWith(V1)) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(signature.substring(V1.length()));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(mac(key, payload), given);
  }

  /** Throws (rule {@value #RULE}, field {@value #SIGNATURE_PROPERTY}) unless valid. */
  public static void requireValid(MessageKey key, byte[] payload, String signature) {
    if (!verify(key, payload, signature)) {
      throw new InvalidMessageException(
          SIGNATURE_PROPERTY, RULE, "does not match the store's key " + key.keyId());
    }
  }

  /** HMAC-SHA256 as RFC 2104 defines it (JDK digest only: protocols stays free of javax). */
  static byte[] mac(MessageKey key, byte[] payload) {
    try {
      byte[] k = key.secret();
      if (k.length > BLOCK) {
        k = MessageDigest.getInstance("SHA-256").digest(k);
      }
      byte[] inner = new byte[BLOCK];
      byte[] outer = new byte[BLOCK];
      for (int i = 0; i < BLOCK; i++) {
        byte b = i < k.length ? k[i] : 0;
        inner[i] = (byte) (b ^ 0x36);
        outer[i] = (byte) (b ^ 0x5c);
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(inner);
      byte[] innerHash = sha.digest(payload);
      sha.update(outer);
      return sha.digest(innerHash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
