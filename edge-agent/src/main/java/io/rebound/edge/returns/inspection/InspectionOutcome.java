package io.rebound.edge.returns.inspection;

import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.protocols.ids.ReturnId;

/** What became of one {@code POST /api/v1/returns/{id}/inspection}: a value, never an exception. */
public sealed interface InspectionOutcome {

  /** The step was committed with its inventory moves and outbox event. */
  record Recorded(IdempotencyRecord response) implements InspectionOutcome {}

  /** The key was used before with the same request: the stored first response, replayed. */
  record Replayed(IdempotencyRecord response) implements InspectionOutcome {}

  /** The key was used before with a different request (rule {@code idempotency-key-reuse}). */
  record KeyReused(ReturnId firstReturnId) implements InspectionOutcome {}

  /** The key's first request is still being processed (rule {@code idempotency-key-in-flight}). */
  record InFlight() implements InspectionOutcome {}

  /** No return with this id exists at this store. */
  record UnknownReturn(ReturnId returnId) implements InspectionOutcome {}

  /** The request breaks an inspection rule; nothing was written. */
  record Refused(InspectionRefusal refusal) implements InspectionOutcome {}
}
