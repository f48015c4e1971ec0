package io.rebound.central.process.engine;

import io.rebound.central.process.model.AttemptOutcome;

/** What one attempt of a step came to, before backoff and attempt limits are applied. */
sealed interface Attempt {

  /** Done at the external system; {@code reference} is its id for the document or refund. */
  record Done(String reference) implements Attempt {}

  /** The gateway holds the refund as pending: look again later. */
  record PendingAtGateway(String reference) implements Attempt {}

  /** The gateway declined the refund. */
  record Declined(String reference, String code, String message) implements Attempt {}

  /** The call failed; {@code outcome} is UNAVAILABLE (retry), REJECTED or INVALID (dead letter). */
  record Failed(AttemptOutcome outcome, String rule, String error) implements Attempt {
    boolean retryable() {
      return outcome == AttemptOutcome.UNAVAILABLE;
    }
  }

  /** Not attempted: the circuit is open, the bulkhead full or central's database unavailable. */
  record Held(String why) implements Attempt {}
}
