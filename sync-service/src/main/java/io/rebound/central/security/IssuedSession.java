package io.rebound.central.security;

import java.time.Instant;

/** A bearer token just issued; the token itself is shown once and only its hash is stored. */
public record IssuedSession(
    String token, String tokenType, Instant expiresAt, String username, String role) {}
