package io.rebound.central.security;

import java.time.Instant;

/** A user of the built-in store as the API shows it (never its password hash). */
public record OpsUserView(
    String username, String role, UserStatus status, Instant createdAt, String createdBy) {}
