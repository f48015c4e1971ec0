package io.rebound.edge.security.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes with a 16-byte random salt and a 32-byte key, encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64, no padding). Each hash keeps its
 * iteration count, so the configured count can be raised later.
 */
public final class PasswordHash {
  private static final String SCHEME = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENC = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DEC = Base64.getDecoder();

  private PasswordHash() {}

  /** A new hash of {@code password}. */
  public static String create(String password, int iterations) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    return SCHEME
        + "$"
        + iterations
        + "$"
        + ENC.encodeToString(salt)
        + "$"
        + ENC.encodeToString(key);
  }

  /** Whether {@code password} matches {@code encoded} (constant-time on the derived key). */
  public static boolean verify(String password, String encoded) {
    String[] parts = encoded.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    byte[] expected = DEC.decode(parts[3]);
    byte[] actual = derive(password, DEC.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
