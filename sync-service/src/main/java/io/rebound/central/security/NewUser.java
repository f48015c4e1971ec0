package io.rebound.central.security;

/** Body of {@code POST /api/v1/ops/users}: {@code role} is {@code viewer} or {@code operator}. */
public record NewUser(String username, String password, String role) {}
