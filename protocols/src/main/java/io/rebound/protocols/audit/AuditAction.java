package io.rebound.protocols.audit;

/** The privileged actions a store agent records in its append-only audit log. */
public enum AuditAction {
  /** A person logged in (or failed to) with username and password. */
  LOGIN,
  /** A manager issued (or re-issued) a terminal's token. */
  TERMINAL_ISSUED,
  /** A manager revoked a terminal's token. */
  TERMINAL_REVOKED,
  /** A manager created a personal account. */
  USER_CREATED,
  /** A manager approved or denied a return waiting for approval. */
  APPROVAL_DECIDED,
  /** An associate or manager recorded an inspection step. */
  INSPECTION_RECORDED,
  /** A caller without the required role tried a privileged action. */
  ACCESS_DENIED,
  /**
   * A manager asked the agent to send an event central has not acknowledged again now (the retry
   * action of the pending queue on the store manager's screen).
   */
  OUTBOX_RETRY
}
