package io.rebound.protocols.receipts;

/** What checking a receipt token found; only {@link #VALID} lets a return rely on the receipt. */
public enum TokenVerdict {
  /** Signed by a known key, well-formed, and (when matched) agreeing with the return. */
  VALID("valid"),
  /** The signature does not verify under the key its header names: forged or tampered. */
  FORGED("forged: the signature does not verify"),
  /** The header names a key the store does not know (or the store has no keys yet). */
  UNKNOWN_KEY("signed with an unknown key"),
  /** Not a JWS compact serialization of receipt claims (truncated, bad encoding, wrong types). */
  MALFORMED("malformed"),
  /** The header asks for an algorithm other than EdDSA ({@code none}, {@code HS256}, …). */
  ALG_NOT_ALLOWED("signed with an algorithm other than EdDSA"),
  /** Genuine, but the return's sale, tenders or lines differ from what the receipt says. */
  ALTERED("altered: the return does not match the signed receipt");

  private final String sentence;

  TokenVerdict(String sentence) {
    this.sentence = sentence;
  }

  /** A few words for a POS message, e.g. {@code forged: the signature does not verify}. */
  public String sentence() {
    return sentence;
  }
}
