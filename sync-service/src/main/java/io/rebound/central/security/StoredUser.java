package io.rebound.central.security;

import java.time.Instant;

/** A row of {@code ops_users}, with its password hash: never leaves the security package. */
record StoredUser(
    String username,
    OpsRole role,
    UserStatus status,
    String passwordHash,
    int failedLogins,
    Instant lockedUntil,
    Instant createdAt,
    String createdBy) {

  boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  OpsUserView view() {
    return new OpsUserView(username, role.roleName(), status, createdAt, createdBy);
  }
}
