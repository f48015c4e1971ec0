package io.rebound.protocols.receipts;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking a receipt token: a value, never an exception. A {@link TokenVerdict#VALID}
 * check carries the key id and the verified claims; any other carries the reason, a sentence that
 * names what is wrong (e.g. {@code the token has 2 parts, not 3}).
 */
public record TokenCheck(TokenVerdict verdict, String kid, ReceiptClaims claims, String reason) {
  public TokenCheck {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    if (verdict == TokenVerdict.VALID && (kid == null || claims == null)) {
      throw new IllegalArgumentException("a valid check names its key and claims");
    }
  }

  static TokenCheck valid(String kid, ReceiptClaims claims) {
    return new TokenCheck(
        TokenVerdict.VALID,
        kid,
        claims,
        "receipt of sale " + claims.saleId() + " signed by " + kid);
  }

  static TokenCheck refused(TokenVerdict verdict, String reason) {
    if (verdict == TokenVerdict.VALID) {
      throw new IllegalArgumentException("a refusal cannot be VALID");
    }
    return new TokenCheck(verdict, null, null, reason);
  }

  /** Whether the receipt can be relied on. */
  public boolean isValid() {
    return verdict == TokenVerdict.VALID;
  }

  /** The verified claims of a valid token. */
  public Optional<ReceiptClaims> verifiedClaims() {
    return Optional.ofNullable(claims);
  }
}
