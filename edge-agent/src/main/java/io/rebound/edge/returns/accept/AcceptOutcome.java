package io.rebound.edge.returns.accept;

import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.protocols.ids.ReturnId;

/** What became of one {@code POST /api/v1/returns}: a domain outcome, never an exception. */
public sealed interface AcceptOutcome {

  /** The return was committed with its outbox event; {@code response} is what the POS gets. */
  record Created(IdempotencyRecord response) implements AcceptOutcome {}

  /** The key was used before with the same request: the stored first response, replayed. */
  record Replayed(IdempotencyRecord response) implements AcceptOutcome {}

  /** The key was used before with a different request (rule {@code idempotency-key-reuse}). */
  record KeyReused(ReturnId firstReturnId) implements AcceptOutcome {}

  /** The key's first request is still being processed (rule {@code idempotency-key-in-flight}). */
  record InFlight() implements AcceptOutcome {}

  /**
   * The store policy refused the return (422): nothing was stored and the key was not consumed.
   * {@code rule} is the policy rule id, {@code field} the request field at fault, {@code message}
   * the sentence the POS shows.
   */
  record Rejected(String rule, String field, String message, int policyVersion)
      implements AcceptOutcome {}
}
