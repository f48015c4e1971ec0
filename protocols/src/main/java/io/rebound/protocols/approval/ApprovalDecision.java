package io.rebound.protocols.approval;

/** A manager's decision on a return that waits for approval. */
public enum ApprovalDecision {
  /** The override is granted: the return is accepted and refunded. */
  APPROVED,
  /** The override is refused: the return is denied and nothing is refunded. */
  DENIED
}
