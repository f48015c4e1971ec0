package io.rebound.edge.security.auth;

import io.rebound.protocols.audit.StaffRole;

/** A signed-in person: username and role. */
public record Staff(Username username, StaffRole role) {}
