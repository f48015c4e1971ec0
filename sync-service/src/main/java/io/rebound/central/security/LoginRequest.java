package io.rebound.central.security;

/** Body of {@code POST /api/v1/ops/sessions}. */
public record LoginRequest(String username, String password) {}
