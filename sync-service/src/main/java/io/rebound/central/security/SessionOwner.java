package io.rebound.central.security;

/** The active user a valid, unexpired bearer token belongs to. */
record SessionOwner(String username, OpsRole role) {}
