package io.rebound.edge.returns.inspection;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.http.TraceHeader;
import io.rebound.edge.returns.accept.CommitAwait;
import io.rebound.edge.returns.idempotency.Fingerprint;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.idempotency.InFlightRegistry;
import io.rebound.edge.security.api.CurrentCaller;
import io.rebound.edge.security.audit.AuditEntry;
import io.rebound.edge.security.audit.AuditLog;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.InspectionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Records an inspection step with the accept path's idempotency semantics (same key and request →
 * the stored response; other request → 422; in flight → 409): the key's durable record is written
 * in the step's own transaction, the in-flight claim is shared with {@code POST /returns}.
 */
@ApplicationScoped
public class InspectionService {
  private static final Logger LOG = Logger.getLogger(InspectionService.class);

  private final EdgeConfig config;
  private final Clock clock;
  private final InFlightRegistry inFlight;
  private final CommitAwait commits;
  private final CurrentCaller callers;
  private final AuditLog audit;

  InspectionService(
      EdgeConfig config,
      Clock clock,
      InFlightRegistry inFlight,
      WriteLane lane,
      CurrentCaller callers,
      AuditLog audit) {
    this.config = config;
    this.clock = clock;
    this.inFlight = inFlight;
    this.commits = new CommitAwait(lane);
    this.callers = callers;
    this.audit = audit;
  }

  /**
   * Inspects return {@code returnId}; {@code traceparent} is the raw header or null. Needs a
   * signed-in ASSOCIATE or MANAGER (403 otherwise, audited); a recorded step is audited in its
   * transaction.
   */
  public InspectionOutcome inspect(
      ReturnId returnId, IdempotencyKey key, InspectionRequest request, String traceparent) {
    Caller caller =
        callers.require(StaffRole.ASSOCIATE, AuditAction.INSPECTION_RECORDED, returnId.toString());
    Optional<InFlightRegistry.Claim> claim = inFlight.claim(key);
    if (claim.isEmpty()) {
      return new InspectionOutcome.InFlight();
    }
    try {
      PreparedInspection prepared =
          new PreparedInspection(
              key,
              fingerprint(returnId, request),
              returnId,
              config.storeId(),
              request,
              now(),
              EventId.mint(clock),
              TraceHeader.orNew(traceparent));
      InspectionOutcome outcome =
          commits.await(
              audit.around(
                  new InspectionWriter(prepared),
                  o ->
                      o instanceof InspectionOutcome.Recorded
                          ? Optional.of(
                              AuditEntry.by(
                                  caller,
                                  AuditAction.INSPECTION_RECORDED,
                                  returnId.toString(),
                                  AuditResult.SUCCESS,
                                  request.lines().size() + " line(s) inspected"))
                          : Optional.empty()),
              returnId);
      if (outcome instanceof InspectionOutcome.Recorded) {
        LOG.debugf("recorded inspection of return %s (event %s)", returnId, prepared.eventId());
      }
      return outcome;
    } finally {
      claim.get().close();
    }
  }

  /** The request and the return it is for: the same body for another return is another request. */
  static String fingerprint(ReturnId returnId, InspectionRequest request) {
    return Fingerprint.ofStep("inspection", returnId, request);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
