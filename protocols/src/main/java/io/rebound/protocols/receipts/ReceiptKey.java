package io.rebound.protocols.receipts;

import io.rebound.protocols.Checks;
import java.security.PublicKey;
import java.util.regex.Pattern;

/**
 * One public key that verifies receipt tokens: its key id ({@code kid} of the token header, 1–64
 * letters, digits, '.', '_' or '-') and the raw 32-byte Ed25519 public key in unpadded base64url
 * (43 characters, as the {@code x} of an RFC 8037 OKP JWK). Never a private key.
 */
public record ReceiptKey(String kid, String publicKey) {
  private static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern BASE64URL_32 =
      Pattern.compile("[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]");

  public ReceiptKey {
    checkKid(kid);
    Checks.matches(
        publicKey, "publicKey", BASE64URL_32, "a 32-byte Ed25519 key in unpadded base64url");
  }

  /** {@code kid} if it is a valid key id (rule {@code format} otherwise). */
  public static String checkKid(String kid) {
    return Checks.matches(kid, "kid", KID, "1-64 letters, digits, '.', '_' or '-'");
  }

  /** A validated key. */
  public static ReceiptKey of(String kid, String publicKey) {
    return new ReceiptKey(kid, publicKey);
  }

  /** The key of {@code kid} for {@code key} (an Ed25519 public key). */
  public static ReceiptKey of(String kid, PublicKey key) {
    return new ReceiptKey(kid, Ed25519Keys.toBase64Url(key));
  }

  /** This key as a JDK Ed25519 public key. */
  public PublicKey toPublicKey() {
    return Ed25519Keys.fromBase64Url(publicKey);
  }
}
