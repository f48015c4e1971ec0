package io.rebound.central.process.engine;

import io.rebound.central.process.model.AttemptOutcome;
import io.rebound.central.process.model.StepState;
import io.rebound.central.process.store.ClaimedStep;
import io.rebound.central.process.store.StepResult;
import java.time.Instant;

/**
 * Turns an attempt into the step's next state: done → SUCCEEDED, declined → DECLINED, a retryable
 * failure or a refund still pending at the gateway → RETRY_WAIT with backoff until {@code
 * maxAttempts}, then DEAD_LETTERED; a non-retryable failure → DEAD_LETTERED at once. A retryable
 * failure of a probe (made while the circuit was not closed) is recorded but not counted.
 */
final class StepPolicy {
  private final int maxAttempts;
  private final StepBackoff backoff;

  StepPolicy(int maxAttempts, StepBackoff backoff) {
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
  }

  /** The facts of one attempt besides its outcome. */
  record Context(String adapterKind, boolean sandbox, Instant started, Instant finished) {}

  StepResult result(ClaimedStep step, Attempt attempt, Context at, boolean probe) {
    int number = step.attempts() + 1;
    if (attempt instanceof Attempt.Done d) {
      return done(StepState.SUCCEEDED, AttemptOutcome.SUCCEEDED, null, d.reference(), null, at);
    }
    if (attempt instanceof Attempt.Declined d) {
      String error = "declined by the gateway: " + d.code() + ": " + d.message();
      return done(StepState.DECLINED, AttemptOutcome.DECLINED, error, d.reference(), d.code(), at);
    }
    if (attempt instanceof Attempt.PendingAtGateway p) {
      return retryOrDeadLetter(
          number,
          AttemptOutcome.PENDING_AT_GATEWAY,
          "refund-still-pending",
          "refund " + p.reference() + " is still pending at the gateway",
          p.reference(),
          at);
    }
    Attempt.Failed f = (Attempt.Failed) attempt;
    if (!f.retryable()) {
      return new StepResult(
          StepState.DEAD_LETTERED,
          f.outcome(),
          f.error(),
          true,
          null,
          null,
          step.kind() + " failed and cannot succeed unchanged: " + f.error(),
          f.rule(),
          at.adapterKind(),
          at.sandbox(),
          at.started(),
          at.finished(),
          null);
    }
    if (probe) {
      return new StepResult(
          StepState.RETRY_WAIT,
          f.outcome(),
          f.error() + " (probe while the circuit was open: not counted)",
          false,
          null,
          at.finished().plus(backoff.after(Math.max(1, step.attempts()))),
          null,
          null,
          at.adapterKind(),
          at.sandbox(),
          at.started(),
          at.finished(),
          null);
    }
    return retryOrDeadLetter(number, f.outcome(), f.rule(), f.error(), null, at);
  }

  private static StepResult done(
      StepState state,
      AttemptOutcome outcome,
      String error,
      String reference,
      String declineCode,
      Context at) {
    return new StepResult(
        state,
        outcome,
        error,
        true,
        reference,
        null,
        null,
        null,
        at.adapterKind(),
        at.sandbox(),
        at.started(),
        at.finished(),
        declineCode);
  }

  private StepResult retryOrDeadLetter(
      int number, AttemptOutcome outcome, String rule, String error, String reference, Context at) {
    if (number >= maxAttempts) {
      return new StepResult(
          StepState.DEAD_LETTERED,
          outcome,
          error,
          true,
          reference,
          null,
          "gave up after " + number + " attempt(s) (rebound.process.max-attempts): " + error,
          "max-attempts",
          at.adapterKind(),
          at.sandbox(),
          at.started(),
          at.finished(),
          null);
    }
    return new StepResult(
        StepState.RETRY_WAIT,
        outcome,
        error,
        true,
        reference,
        at.finished().plus(backoff.after(number)),
        null,
        null,
        at.adapterKind(),
        at.sandbox(),
        at.started(),
        at.finished(),
        null);
  }
}
