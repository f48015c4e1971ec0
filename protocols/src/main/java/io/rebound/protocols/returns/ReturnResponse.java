package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code 201 Created} for {@code POST /api/v1/returns}, replayed byte for byte for a
 * retry with the same {@code Idempotency-Key}. Guarantees: every component is set; {@code
 * decisions} is an unmodifiable list (possibly empty).
 */
public record ReturnResponse(
    ReturnId returnId,
    StoreId storeId,
    TerminalId terminalId,
    ReturnStatus status,
    UpstreamMode mode,
    Instant acceptedAt,
    Money total,
    Refund refund,
    List<Decision> decisions) {

  public ReturnResponse {
    Checks.required(returnId, "returnId");
    Checks.required(storeId, "storeId");
    Checks.required(terminalId, "terminalId");
    Checks.required(status, "status");
    Checks.required(mode, "mode");
    Checks.required(acceptedAt, "acceptedAt");
    Checks.required(total, "total");
    Checks.required(refund, "refund");
    decisions = List.copyOf(Checks.required(decisions, "decisions"));
  }

  /** The response a POS receives for an accepted return; {@code total} is the request's total. */
  public static ReturnResponse of(ReturnAccepted accepted) {
    return new ReturnResponse(
        accepted.returnId(),
        accepted.storeId(),
        accepted.request().terminalId(),
        accepted.status(),
        accepted.mode(),
        accepted.acceptedAt(),
        accepted.request().total(),
        accepted.refund(),
        accepted.decisions());
  }
}
