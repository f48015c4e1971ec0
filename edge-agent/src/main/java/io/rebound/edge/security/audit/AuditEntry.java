package io.rebound.edge.security.audit;

import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.security.auth.Staff;
import io.rebound.protocols.audit.ActorKind;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.security.CardNumbers;

/** What one audit row says: who (kind, actor, role, terminal), what, to what, with which result. */
public record AuditEntry(
    ActorKind actorKind,
    String actor,
    StaffRole role,
    TerminalId terminal,
    AuditAction action,
    String target,
    AuditResult result,
    String detail) {

  /**
   * Free text (actor, target, detail) can come from a request (a username typed at login, a path
   * id): anything that looks like a card number is masked before the row exists, so it is never
   * stored or synced.
   */
  public AuditEntry {
    actor = actor == null ? null : CardNumbers.redact(actor);
    target = target == null ? null : CardNumbers.redact(target);
    detail = detail == null ? null : CardNumbers.redact(detail);
  }

  /** An action by {@code caller}: the signed-in person if any, else the terminal. */
  public static AuditEntry by(
      Caller caller, AuditAction action, String target, AuditResult result, String detail) {
    if (caller.staff().isPresent()) {
      Staff s = caller.staff().get();
      return new AuditEntry(
          ActorKind.USER,
          s.username().value(),
          s.role(),
          caller.terminal(),
          action,
          target,
          result,
          detail);
    }
    return new AuditEntry(
        ActorKind.TERMINAL,
        caller.terminal().value(),
        null,
        caller.terminal(),
        action,
        target,
        result,
        detail);
  }

  /** An action by a person who is not (yet) signed in, e.g. a login attempt. */
  public static AuditEntry byPerson(
      String username,
      StaffRole role,
      TerminalId terminal,
      AuditAction action,
      AuditResult result,
      String detail) {
    return new AuditEntry(
        ActorKind.USER, username, role, terminal, action, username, result, detail);
  }
}
