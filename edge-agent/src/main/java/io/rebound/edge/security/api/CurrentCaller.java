package io.rebound.edge.security.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.rebound.edge.security.audit.AuditEntry;
import io.rebound.edge.security.audit.AuditLog;
import io.rebound.edge.security.auth.BackOffice;
import io.rebound.edge.security.auth.Caller;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.TerminalId;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The caller of the current HTTP request as {@link AuthRoute} authenticated it, and the checks
 * services make with it (a second line behind the route's path rules).
 */
@ApplicationScoped
public class CurrentCaller {
  private final Instance<CurrentVertxRequest> request;
  private final AuditLog audit;

  CurrentCaller(Instance<CurrentVertxRequest> request, AuditLog audit) {
    this.request = request;
    this.audit = audit;
  }

  /** The authenticated caller; 401 if the request did not pass the gate (cannot happen). */
  public Caller get() {
    RoutingContext ctx = request.get().getCurrent();
    Caller caller = ctx == null ? null : ctx.get(AuthRoute.CALLER_KEY);
    if (caller == null) {
      throw new AccessDeniedException(AuthProblems.missingOrWrongToken(false));
    }
    return caller;
  }

  /** The caller if a person of at least {@code role} is signed in; else 403, audited. */
  public Caller require(StaffRole role, AuditAction action, String target) {
    Caller caller = get();
    if (!caller.has(role)) {
      audit.record(AuditEntry.by(caller, action, target, AuditResult.DENIED, "needs role " + role));
      throw new AccessDeniedException(AuthProblems.roleRequired(role, caller));
    }
    return caller;
  }

  /**
   * 403 unless {@code terminal} (from a request body) is the caller's own terminal; the back-office
   * pseudo-terminal of the manager's screen is never a POS terminal.
   */
  public void requireOwnTerminal(TerminalId terminal) {
    Caller caller = get();
    if (!caller.terminal().equals(terminal) || BackOffice.is(caller.terminal())) {
      throw new AccessDeniedException(
          AuthProblems.terminalMismatch(caller.terminal(), terminal.value()));
    }
  }
}
