package io.rebound.protocols.returns;

/**
 * A return's domain status at the store. A rejected return is never stored, so it has no status.
 */
public enum ReturnStatus {
  ACCEPTED,
  PENDING_APPROVAL,
  /** A manager denied the override: nothing is refunded. */
  DENIED
}
