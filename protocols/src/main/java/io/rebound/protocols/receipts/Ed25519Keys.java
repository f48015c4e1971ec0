package io.rebound.protocols.receipts;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 keys with the JDK only: raw 32-byte public keys (RFC 8037 {@code x}) in base64url, and
 * PKCS #8 private keys (what central stores). Fails with {@link IllegalArgumentException} on bytes
 * that are not such a key.
 */
public final class Ed25519Keys {
  /** DER prefix of an X.509 SubjectPublicKeyInfo holding a raw Ed25519 key (RFC 8410). */
  private static final byte[] X509_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private static final int RAW_LENGTH = 32;

  private Ed25519Keys() {}

  /** A fresh Ed25519 key pair from the JDK's default secure random. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no Ed25519", e);
    }
  }

  /** The raw 32-byte key of {@code key}, unpadded base64url. */
  public static String toBase64Url(PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (!"Ed25519".equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())
        || encoded.length != X509_PREFIX.length + RAW_LENGTH) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length));
  }

  /** The public key whose raw 32 bytes are {@code base64Url}. */
  public static PublicKey fromBase64Url(String base64Url) {
    byte[] raw = Base64.getUrlDecoder().decode(base64Url);
    if (raw.length != RAW_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_LENGTH);
    System.arraycopy(raw, 0, der, X509_PREFIX.length, RAW_LENGTH);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /** The private key of PKCS #8 bytes ({@link PrivateKey#getEncoded()} of an Ed25519 key). */
  public static PrivateKey privateKey(byte[] pkcs8) {
    try {
      return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 private key", e);
    }
  }
}
