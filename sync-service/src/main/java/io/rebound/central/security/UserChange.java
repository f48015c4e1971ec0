package io.rebound.central.security;

/**
 * Body of {@code PATCH /api/v1/ops/users/{username}}: either member may be absent (kept as is).
 * {@code status} is {@code ACTIVE} or {@code DISABLED}; disabling ends the user's sessions.
 */
public record UserChange(String role, String status) {}
