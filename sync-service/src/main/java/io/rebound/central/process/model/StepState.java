package io.rebound.central.process.model;

import io.rebound.central.lifecycle.Transitions;

/**
 * Lifecycle of one process step. Allowed moves:
 *
 * <pre>
 * AWAITING_REFUND → PENDING (the return's refund SUCCEEDED)
 *                 | DEAD_LETTERED (the refund was DECLINED: rule process.credit-note.refund-declined)
 * PENDING     → IN_PROGRESS
 * RETRY_WAIT  → IN_PROGRESS
 * IN_PROGRESS → SUCCEEDED | DECLINED | RETRY_WAIT | DEAD_LETTERED
 *             | PENDING (released unattempted: the circuit breaker held the call)
 * DEAD_LETTERED → PENDING (only by an operator's replay)
 * </pre>
 *
 * SUCCEEDED and DECLINED are final; DECLINED is reachable for refunds only and AWAITING_REFUND is a
 * credit note's only (see {@link #canMoveTo(StepState, StepKind)}): the credit note of a return
 * whose money goes through the gateway is planned AWAITING_REFUND and is never attempted before the
 * refund SUCCEEDED. An IN_PROGRESS claim whose lease ran out (its instance died) moves to
 * RETRY_WAIT.
 */
public enum StepState implements Transitions<StepState> {
  /** A credit note waiting for its return's gateway refund to end (not claimable). */
  AWAITING_REFUND,
  PENDING,
  IN_PROGRESS,
  RETRY_WAIT,
  SUCCEEDED,
  DECLINED,
  DEAD_LETTERED;

  @Override
  public boolean canMoveTo(StepState next) {
    return switch (this) {
      case AWAITING_REFUND -> next == PENDING || next == DEAD_LETTERED;
      case PENDING, RETRY_WAIT -> next == IN_PROGRESS;
      case IN_PROGRESS ->
          next == SUCCEEDED
              || next == DECLINED
              || next == RETRY_WAIT
              || next == DEAD_LETTERED
              || next == PENDING;
      case DEAD_LETTERED -> next == PENDING;
      case SUCCEEDED, DECLINED -> false;
    };
  }

  /**
   * {@link #canMoveTo(StepState)}, DECLINED only for a refund and AWAITING_REFUND (in or out) only
   * for a credit note.
   */
  public boolean canMoveTo(StepState next, StepKind kind) {
    return canMoveTo(next)
        && (next != DECLINED || kind == StepKind.REFUND)
        && (this != AWAITING_REFUND || kind == StepKind.CREDIT_NOTE);
  }

  /** Whether a worker may claim a step in this state (when it is due). */
  public boolean claimable() {
    return this == PENDING || this == RETRY_WAIT;
  }

  /** Whether nothing will ever happen to the step again. */
  public boolean terminal() {
    return this == SUCCEEDED || this == DECLINED;
  }
}
