package io.rebound.protocols.requests;

/**
 * How one of central's steps for a return ended (only final states are reported). A dead-lettered
 * step may later be replayed by an operator: a later update for the same return and kind then
 * reports its new final state.
 */
public enum OutcomeState {
  /** Done: the refund was made, the posting is in the ERP. */
  SUCCEEDED,
  /** The gateway declined the refund (refunds only). */
  DECLINED,
  /** Central gave up; an operator must look at it (ops console dead letters). */
  DEAD_LETTERED
}
