package io.rebound.edge.returns.idempotency;

import io.rebound.protocols.ids.ReturnId;
import java.util.Arrays;
import java.util.Objects;

/** The durable record of a key's first request: its fingerprint and the exact first response. */
public record IdempotencyRecord(
    String fingerprint, ReturnId returnId, int responseStatus, byte[] responseBody) {
  public IdempotencyRecord {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(returnId, "returnId");
    responseBody = responseBody.clone();
  }

  @Override
  public byte[] responseBody() {
    return responseBody.clone();
  }

  public boolean matches(String otherFingerprint) {
    return fingerprint.equals(otherFingerprint);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdempotencyRecord r
        && fingerprint.equals(r.fingerprint)
        && returnId.equals(r.returnId)
        && responseStatus == r.responseStatus
        && Arrays.equals(responseBody, r.responseBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fingerprint, returnId, responseStatus, Arrays.hashCode(responseBody));
  }

  @Override
  public String toString() {
    return "IdempotencyRecord[" + returnId + ", " + responseStatus + "]";
  }
}
