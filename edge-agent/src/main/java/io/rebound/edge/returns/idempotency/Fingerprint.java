package io.rebound.edge.returns.idempotency;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

  /**
   * The fingerprint of a step on one return ({@code kind} e.g. "inspection", "approval"): the same
   * body for another return, or for another kind of step, is another request.
   */
  public static String ofStep(String kind, ReturnId returnId, Object request) {
    ByteArrayOutputStream canonical = new ByteArrayOutputStream();
    canonical.writeBytes((kind + " " + returnId + "\n").getBytes(StandardCharsets.UTF_8));
    canonical.writeBytes(ProtocolJson.toBytes(request));
    return ofCanonical(canonical.toByteArray());
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
