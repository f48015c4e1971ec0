package io.rebound.protocols.audit;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.EventPayload;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
import java.time.Instant;

/**
 * Event payload {@code audit.recorded}: one row of a store agent's append-only audit log, published
 * in the store's event sequence like every event. Guarantees: {@code auditId} ≥ 1 and unique per
 * store (the row's number in the agent's log); {@code actor} is the username (kind USER) or the
 * terminal id (kind TERMINAL), 1–64 characters; {@code role} (the person's role) is absent for kind
 * TERMINAL; {@code terminalId} is the terminal the action came from, when known; {@code target} (≤
 * 128) names what the action was about (a return id, a terminal id, a username); {@code detail} (≤
 * 500) is a sentence for humans. Never carries a password, a token or a card number.
 */
public record AuditRecorded(
    long auditId,
    StoreId storeId,
    Instant recordedAt,
    ActorKind actorKind,
    String actor,
    StaffRole role,
    TerminalId terminalId,
    AuditAction action,
    String target,
    AuditResult result,
    String detail)
    implements EventPayload {
  /** Longest {@code target}. */
  public static final int MAX_TARGET = 128;

  /** Longest {@code detail}. */
  public static final int MAX_DETAIL = 500;

  public AuditRecorded {
    if (auditId < 1) {
      throw new InvalidMessageException("auditId", "range", "must be at least 1");
    }
    Checks.required(storeId, "storeId");
    Checks.required(recordedAt, "recordedAt");
    Checks.required(actorKind, "actorKind");
    Checks.text(actor, "actor", 64);
    if (actorKind == ActorKind.TERMINAL && role != null) {
      throw new InvalidMessageException(
          "role", "role-for-users", "must be absent for actorKind TERMINAL");
    }
    Checks.required(action, "action");
    if (target != null) {
      Checks.text(target, "target", MAX_TARGET);
    }
    Checks.required(result, "result");
    if (detail != null) {
      Checks.text(detail, "detail", MAX_DETAIL);
    }
  }

  @Override
  public StoreId payloadStoreId() {
    return storeId;
  }
}
