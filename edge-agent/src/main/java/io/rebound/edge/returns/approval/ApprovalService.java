package io.rebound.edge.returns.approval;

import io.rebound.edge.http.TraceHeader;
import io.rebound.edge.returns.accept.CommitAwait;
import io.rebound.edge.returns.idempotency.Fingerprint;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.idempotency.InFlightRegistry;
import io.rebound.edge.returns.policy.source.ActivePolicy;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.approval.ApprovalRequest;
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

  ApprovalService(Clock clock, InFlightRegistry inFlight, WriteLane lane, ActivePolicy policy) {
    this.clock = clock;
    this.inFlight = inFlight;
    this.commits = new CommitAwait(lane);
    this.policy = policy;
  }

  /** Decides return {@code returnId}; {@code traceparent} is the raw header or null. */
  public ApprovalOutcome decide(
      ReturnId returnId, IdempotencyKey key, ApprovalRequest request, String traceparent) {
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
      ApprovalOutcome outcome = commits.await(new ApprovalWriter(prepared), returnId);
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
