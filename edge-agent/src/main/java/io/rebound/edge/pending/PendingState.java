package io.rebound.edge.pending;

/**
 * Where an outbox event not yet acknowledged by central stands, as the manager's pending queue
 * shows it. Derived on each read from the relay's publish count since the agent started.
 */
public enum PendingState {
  /** Not published since the agent started (upstream down, or waiting its turn in the window). */
  QUEUED,
  /** Published, waiting for central's acknowledgement. */
  SENT,
  /**
   * Published at least {@code rebound.ui.blocked-after-attempts} times without an acknowledgement:
   * something is wrong upstream for it; a manager may retry it.
   */
  BLOCKED;

  /** The state of an event published {@code attempts} times, given the blocking threshold. */
  public static PendingState of(int attempts, int blockedAfter) {
    if (attempts <= 0) {
      return QUEUED;
    }
    return attempts >= blockedAfter ? BLOCKED : SENT;
  }
}
