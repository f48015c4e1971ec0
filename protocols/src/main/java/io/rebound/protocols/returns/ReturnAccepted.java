package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import io.rebound.protocols.envelope.EventPayload;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;
import java.util.List;

/**
 * Event payload {@code return.accepted}: the store accepted a return (and told the POS so). Carries
 * the full request, the refund instruction and the decisions, so that central needs nothing else.
 * Guarantees: every component is set; {@code decisions} is an unmodifiable list (possibly empty).
 */
public record ReturnAccepted(
    ReturnId returnId,
    StoreId storeId,
    Instant acceptedAt,
    UpstreamMode mode,
    ReturnStatus status,
    ReturnRequest request,
    Refund refund,
    List<Decision> decisions)
    implements EventPayload {

  public ReturnAccepted {
    Checks.required(returnId, "returnId");
    Checks.required(storeId, "storeId");
    Checks.required(acceptedAt, "acceptedAt");
    Checks.required(mode, "mode");
    Checks.required(status, "status");
    Checks.required(request, "request");
    Checks.required(refund, "refund");
    decisions = List.copyOf(Checks.required(decisions, "decisions"));
  }

  /** A validated payload. */
  public static ReturnAccepted of(
      ReturnId returnId,
      StoreId storeId,
      Instant acceptedAt,
      UpstreamMode mode,
      ReturnStatus status,
      ReturnRequest request,
      Refund refund,
      List<Decision> decisions) {
    return new ReturnAccepted(
        returnId, storeId, acceptedAt, mode, status, request, refund, decisions);
  }

  @Override
  public StoreId payloadStoreId() {
    return storeId;
  }
}
