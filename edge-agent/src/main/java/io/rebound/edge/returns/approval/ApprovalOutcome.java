package io.rebound.edge.returns.approval;

import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.returns.ReturnStatus;

/** What became of one {@code POST /api/v1/returns/{id}/approval}: a value, never an exception. */
public sealed interface ApprovalOutcome {

  /** The decision was committed with its audit row, ledger changes and outbox event. */
  record Recorded(IdempotencyRecord response) implements ApprovalOutcome {}

  /** The key was used before with the same request: the stored first response, replayed. */
  record Replayed(IdempotencyRecord response) implements ApprovalOutcome {}

  /** The key was used before with a different request (rule {@code idempotency-key-reuse}). */
  record KeyReused(ReturnId firstReturnId) implements ApprovalOutcome {}

  /** The key's first request is still being processed (rule {@code idempotency-key-in-flight}). */
  record InFlight() implements ApprovalOutcome {}

  /** No return with this id exists at this store. */
  record UnknownReturn(ReturnId returnId) implements ApprovalOutcome {}

  /** The return does not wait for approval (rule {@code approval.not-pending}); nothing written. */
  record NotPending(ReturnId returnId, ReturnStatus status) implements ApprovalOutcome {}
}
