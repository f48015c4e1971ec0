package io.rebound.edge.returns.accept;

import io.rebound.edge.commands.ReceiptKeyring;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.credit.CreditRefill;
import io.rebound.edge.http.TraceHeader;
import io.rebound.edge.requests.RefundAuthorizations;
import io.rebound.edge.returns.idempotency.Fingerprint;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.edge.returns.idempotency.IdempotencyStore;
import io.rebound.edge.returns.idempotency.InFlightRegistry;
import io.rebound.edge.returns.policy.RefundMethods;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.source.ActivePolicy;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.upstream.LastConnected;
import io.rebound.edge.upstream.UpstreamStatus;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.UpstreamMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Accepts a valid return: idempotency (stored record → replay or 422; in flight → 409), for an
 * ONLINE card refund central's authorization (asked here, before the write lane, waiting at most
 * {@code rebound.refund.central-timeout}; the answer is data for the policy), then one write-lane
 * task that decides under the store policy against the local ledger and, unless the policy rejects
 * it (422, nothing stored), stores return, outbox event, idempotency record and ledger entries
 * together. The outcome is known only after the commit (FULL durability), so a 201 is never sent
 * for a return that could be lost.
 */
@ApplicationScoped
public class AcceptService {
  private static final Logger LOG = Logger.getLogger(AcceptService.class);
  private final EdgeConfig config;
  private final Clock clock;
  private final UpstreamStatus upstream;
  private final LastConnected lastConnected;
  private final ActivePolicy policy;
  private final ReceiptKeyring receiptKeys;
  private final InFlightRegistry inFlight;
  private final ReadPool reads;
  private final CommitAwait commits;
  private final AcceptProbe probe;
  private final CommitFaults faults;
  private final RefundAuthorizations authorizations;
  private final CreditRefill creditRefill;

  AcceptService(
      EdgeConfig config,
      Clock clock,
      UpstreamStatus upstream,
      LastConnected lastConnected,
      ActivePolicy policy,
      ReceiptKeyring receiptKeys,
      InFlightRegistry inFlight,
      ReadPool reads,
      WriteLane lane,
      AcceptProbe probe,
      CommitFaults faults,
      RefundAuthorizations authorizations,
      CreditRefill creditRefill) {
    this.config = config;
    this.clock = clock;
    this.upstream = upstream;
    this.lastConnected = lastConnected;
    this.policy = policy;
    this.receiptKeys = receiptKeys;
    this.inFlight = inFlight;
    this.reads = reads;
    this.commits = new CommitAwait(lane);
    this.probe = probe;
    this.faults = faults;
    this.authorizations = authorizations;
    this.creditRefill = creditRefill;
  }

  /** Accepts {@code request} under {@code key}; {@code traceparent} is the raw header or null. */
  public AcceptOutcome accept(IdempotencyKey key, ReturnRequest request, String traceparent) {
    byte[] canonical = ProtocolJson.toBytes(request);
    String fingerprint = Fingerprint.ofCanonical(canonical);
    Optional<IdempotencyRecord> stored = reads.read(c -> IdempotencyStore.find(c, key));
    if (stored.isPresent()) {
      return stored.get().matches(fingerprint)
          ? new AcceptOutcome.Replayed(stored.get())
          : new AcceptOutcome.KeyReused(stored.get().returnId());
    }
    Optional<InFlightRegistry.Claim> claim = inFlight.claim(key);
    if (claim.isEmpty()) {
      return new AcceptOutcome.InFlight();
    }
    try {
      PreparedReturn prepared =
          prepare(key, request, canonical, fingerprint, TraceHeader.orNew(traceparent));
      ReturnId returnId = prepared.returnId();
      MDC.put("storeId", config.storeId().value());
      MDC.put("returnId", returnId.toString());
      MDC.put("traceId", prepared.traceparent().traceId());
      return write(key, prepared);
    } finally {
      MDC.remove("storeId");
      MDC.remove("returnId");
      MDC.remove("traceId");
      claim.get().close();
    }
  }

  private AcceptOutcome write(IdempotencyKey key, PreparedReturn prepared) {
    probe.beforeWrite(key);
    ReturnId returnId = prepared.returnId();
    AcceptOutcome outcome = commits.await(new ReturnWriter(prepared, policy.engine()), returnId);
    if (outcome instanceof AcceptOutcome.Created) {
      faults.afterCommit(key);
      creditRefill.check();
      LOG.debugf("accepted return %s (mode %s)", returnId, prepared.returnCase().mode());
    } else if (outcome instanceof AcceptOutcome.Rejected r) {
      LOG.infof(
          "policy v%d rejected the return: %s (%s)", r.policyVersion(), r.rule(), r.message());
    }
    return outcome;
  }

  private PreparedReturn prepare(
      IdempotencyKey key,
      ReturnRequest request,
      byte[] canonical,
      String fingerprint,
      Traceparent traceparent) {
    Instant acceptedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    UpstreamMode mode = upstream.mode();
    ReturnCase returnCase =
        new ReturnCase(
            request, mode, acceptedAt, lastConnected.offlineFor(acceptedAt), receiptKeys.current());
    ReturnId returnId = ReturnId.mint(clock);
    if (mode == UpstreamMode.ONLINE
        && RefundMethods.requested(request) == RefundMethod.CARD
        && request.receipted()) {
      // asked before the write-lane task; this (HTTP worker) thread waits at most the timeout
      returnCase =
          returnCase.withCentral(
              authorizations.authorize(key, returnId, request, acceptedAt).join());
    }
    return new PreparedReturn(
        key,
        config.storeId(),
        returnId,
        EventId.mint(clock),
        returnCase,
        traceparent,
        canonical,
        fingerprint);
  }
}
