package io.rebound.central.security;

import java.time.Instant;

/** One {@code ops_audit} row. */
public record OpsAuditEntry(
    long id, Instant at, OpsAuditAction action, String actor, String subject, String detail) {}
