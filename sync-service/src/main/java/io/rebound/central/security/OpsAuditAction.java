package io.rebound.central.security;

/** What an {@code ops_audit} row records. */
public enum OpsAuditAction {
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  LOGIN_REFUSED_LOCKED,
  USER_LOCKED,
  USER_BOOTSTRAPPED,
  USER_CREATED,
  USER_UPDATED,
  SESSION_REVOKED
}
