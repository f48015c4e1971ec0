package io.rebound.central.process.model;

import io.rebound.central.lifecycle.Transitions;

/**
 * Lifecycle of one process step. Allowed moves:
 *
 * <pre>
 * PENDING     → IN_PROGRESS
 * RETRY_WAIT  → IN_PROGRESS
 * IN_PROGRESS → SUCCEEDED | DECLINED | RETRY_WAIT | DEAD_LETTERED
 *             | PENDING (released unattempted: the circuit breaker held the call)
 * DEAD_LETTERED → PENDING (only by an operator's replay)
 * </pre>
 *
 * SUCCEEDED and DECLINED are final; DECLINED is reachable for refunds only (see {@link
 * #canMoveTo(StepState, StepKind)}). An IN_PROGRESS claim whose lease ran out (its instance died)
 * moves to RETRY_WAIT.
 */
public enum StepState implements Transitions<StepState> {
  PENDING,
  IN_PROGRESS,
  RETRY_WAIT,
  SUCCEEDED,
  DECLINED,
  DEAD_LETTERED;

  @Override
  public boolean canMoveTo(StepState next) {
    return switch (this) {
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

  /** {@link #canMoveTo(StepState)}, and DECLINED only for a refund. */
  public boolean canMoveTo(StepState next, StepKind kind) {
    return canMoveTo(next) && (next != DECLINED || kind == StepKind.REFUND);
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
