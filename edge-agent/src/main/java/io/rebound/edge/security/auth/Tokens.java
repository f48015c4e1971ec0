package io.rebound.edge.security.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets: 256 random bits, base64url, with a prefix naming their kind ({@code rbt_}
 * terminal, {@code rbs_} session). Only their SHA-256 is ever stored or kept in memory.
 */
public final class Tokens {
  public static final String TERMINAL_PREFIX = "rbt_";
  public static final String SESSION_PREFIX = "rbs_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  /** A new random token with {@code prefix}. */
  public static String mint(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** SHA-256 of the token's UTF-8 bytes. */
  public static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The hash as a map key (hex). */
  public static String key(byte[] hash) {
    StringBuilder hex = new StringBuilder(hash.length * 2);
    for (byte b : hash) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  /** Constant-time comparison of two hashes. */
  public static boolean same(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }
}
