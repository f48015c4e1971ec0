package io.rebound.protocols.requests;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.AuthorizationId;
import io.rebound.protocols.ids.ReturnId;
import java.time.Instant;

/**
 * Central → edge on the response topic of a {@link RefundAuthorizationRequest}, with the request's
 * correlation data. {@code returnId} echoes the request. {@code authorizationId} names the stored
 * decision (APPROVED and DECLINED are stored and repeated for a retry of the same request key;
 * UNAVAILABLE is not stored and has none). Central always sends {@code rule} and {@code message}
 * with DECLINED and an authorizationId with APPROVED and DECLINED; a reader copes with their
 * absence (the message then names no rule). Guarantees: returnId, decision and decidedAt are set;
 * {@code rule} is 1–100 characters and {@code message} 1–500 (a sentence the POS can show), and
 * only DECLINED has them (rule {@code declined-only}); UNAVAILABLE has no authorizationId (rule
 * {@code stored-decisions-only}).
 */
public record RefundAuthorizationResponse(
    ReturnId returnId,
    RefundDecision decision,
    String rule,
    String message,
    AuthorizationId authorizationId,
    Instant decidedAt) {
  public RefundAuthorizationResponse {
    Checks.required(returnId, "returnId");
    Checks.required(decision, "decision");
    Checks.required(decidedAt, "decidedAt");
    if (rule != null) {
      Checks.text(rule, "rule", 100);
    }
    if (message != null) {
      Checks.text(message, "message", 500);
    }
    if (decision != RefundDecision.DECLINED && (rule != null || message != null)) {
      throw new InvalidMessageException(
          rule != null ? "rule" : "message", "declined-only", "is given only for DECLINED");
    }
    if (decision == RefundDecision.UNAVAILABLE && authorizationId != null) {
      throw new InvalidMessageException(
          "authorizationId", "stored-decisions-only", "is absent for UNAVAILABLE (not stored)");
    }
  }

  /** Approved under {@code authorizationId}. */
  public static RefundAuthorizationResponse approved(
      ReturnId returnId, AuthorizationId authorizationId, Instant decidedAt) {
    return new RefundAuthorizationResponse(
        returnId, RefundDecision.APPROVED, null, null, authorizationId, decidedAt);
  }

  /** Declined by {@code rule} with {@code message}. */
  public static RefundAuthorizationResponse declined(
      ReturnId returnId,
      AuthorizationId authorizationId,
      String rule,
      String message,
      Instant decidedAt) {
    return new RefundAuthorizationResponse(
        returnId, RefundDecision.DECLINED, rule, message, authorizationId, decidedAt);
  }

  /** Central cannot decide now. */
  public static RefundAuthorizationResponse unavailable(ReturnId returnId, Instant decidedAt) {
    return new RefundAuthorizationResponse(
        returnId, RefundDecision.UNAVAILABLE, null, null, null, decidedAt);
  }
}
