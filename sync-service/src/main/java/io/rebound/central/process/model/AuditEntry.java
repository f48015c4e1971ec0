package io.rebound.central.process.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One append-only audit record: who did what to which target, when, and with which result.
 *
 * @param target e.g. {@code dead-letter 12}
 * @param returnId the return concerned, when known
 */
public record AuditEntry(
    long id,
    Instant at,
    String operator,
    String action,
    String target,
    UUID returnId,
    String result,
    String detail) {}
