package io.rebound.protocols.audit;

/** How a privileged action ended. */
public enum AuditResult {
  /** The action took effect. */
  SUCCESS,
  /** The action was attempted but failed (e.g. wrong password, account locked). */
  FAILURE,
  /** The caller lacked the role the action needs; nothing changed. */
  DENIED
}
