package io.rebound.edge.returns.idempotency;

import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of the canonical request: the decoded {@link ReturnRequest} re-serialized by {@link
 * ProtocolJson}, so whitespace, key order and {@code "10.5"} vs {@code "10.50"} do not matter.
 */
public final class Fingerprint {
  private Fingerprint() {}

  public static String of(ReturnRequest request) {
    return ofCanonical(ProtocolJson.toBytes(request));
  }

  /** The fingerprint of JSON already produced by {@code ProtocolJson.toBytes(request)}. */
  public static String ofCanonical(byte[] canonicalJson) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonicalJson));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
