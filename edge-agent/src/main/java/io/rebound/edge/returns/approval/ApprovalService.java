package io.rebound.edge.returns.approval;

import io.rebound.edge.http.TraceHeader;
import io.rebound.edge.returns.accept.CommitAwait;
import io.rebound.edge.returns.idempotency.Fingerprint;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.idempotency.InFlightRegistry;
import io.rebound.edge.returns.policy.source.ActivePolicy;
import io.rebound.edge.security.api.CurrentCaller;
import io.rebound.edge.security.audit.AuditEntry;
import io.rebound.edge.security.audit.AuditLog;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.approval.ApprovalRequest;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Records a manager's decision with the accept path's idempotency semantics (same key and request →
 * the stored response; other request → 422; in flight → 409); the in-flight claim is shared with
 * {@code POST /returns}.
 */
@ApplicationScoped
public class ApprovalService {
  private static final Logger LOG = Logger.getLogger(ApprovalService.class);

  private final Clock clock;
  private final InFlightRegistry inFlight;
  private final CommitAwait commits;
  private final ActivePolicy policy;
  private final CurrentCaller callers;
  private final AuditLog audit;

  ApprovalService(
      Clock clock,
      InFlightRegistry inFlight,
      WriteLane lane,
      ActivePolicy policy,
      CurrentCaller callers,
      AuditLog audit) {
    this.clock = clock;
    this.inFlight = inFlight;
    this.commits = new CommitAwait(lane);
    this.policy = policy;
    this.callers = callers;
    this.audit = audit;
  }

  /**
   * Decides return {@code returnId}; {@code traceparent} is the raw header or null. Needs a
   * signed-in MANAGER (403 otherwise, audited); the recorded manager is that person's username,
   * whatever the body's free-text {@code manager} says. A recorded decision is audited in its
   * transaction.
   */
  public ApprovalOutcome decide(
      ReturnId returnId, IdempotencyKey key, ApprovalRequest body, String traceparent) {
    Caller caller =
        callers.require(StaffRole.MANAGER, AuditAction.APPROVAL_DECIDED, returnId.toString());
    ApprovalRequest request =
        new ApprovalRequest(
            body.decision(), caller.staff().orElseThrow().username().value(), body.reason());
    Optional<InFlightRegistry.Claim> claim = inFlight.claim(key);
    if (claim.isEmpty()) {
      return new ApprovalOutcome.InFlight();
    }
    try {
      PreparedApproval prepared =
          new PreparedApproval(
              key,
              fingerprint(returnId, request),
              returnId,
              request,
              clock.instant().truncatedTo(ChronoUnit.MILLIS),
              policy.policy().zone(),
              EventId.mint(clock),
              TraceHeader.orNew(traceparent));
      ApprovalOutcome outcome =
          commits.await(
              audit.around(
                  new ApprovalWriter(prepared),
                  o ->
                      o instanceof ApprovalOutcome.Recorded
                          ? Optional.of(
                              AuditEntry.by(
                                  caller,
                                  AuditAction.APPROVAL_DECIDED,
                                  returnId.toString(),
                                  AuditResult.SUCCESS,
                                  request.decision() + ": " + request.reason()))
                          : Optional.empty()),
              returnId);
      if (outcome instanceof ApprovalOutcome.Recorded) {
        LOG.infof("return %s %s by %s", returnId, request.decision(), request.manager());
      }
      return outcome;
    } finally {
      claim.get().close();
    }
  }

  /** The request and the return it is for: the same body for another return is another request. */
  static String fingerprint(ReturnId returnId, ApprovalRequest request) {
    return Fingerprint.ofStep("approval", returnId, request);
  }
}
