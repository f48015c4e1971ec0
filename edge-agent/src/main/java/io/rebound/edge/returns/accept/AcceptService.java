package io.rebound.edge.returns.accept;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.returns.decision.Decided;
import io.rebound.edge.returns.decision.ReturnDecider;
import io.rebound.edge.returns.idempotency.Fingerprint;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.edge.returns.idempotency.IdempotencyStore;
import io.rebound.edge.returns.idempotency.InFlightRegistry;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.upstream.UpstreamStatus;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnResponse;
import io.rebound.protocols.returns.UpstreamMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Accepts a valid return: idempotency (stored record → replay or 422; in flight → 409), decision,
 * then one write-lane task that stores return, outbox event and idempotency record together. The
 * outcome is known only after the commit (FULL durability), so a 201 is never sent for a return
 * that could be lost.
 */
@ApplicationScoped
public class AcceptService {
  private static final Logger LOG = Logger.getLogger(AcceptService.class);
  static final int CREATED = 201;

  private final EdgeConfig config;
  private final Clock clock;
  private final UpstreamStatus upstream;
  private final ReturnDecider decider;
  private final InFlightRegistry inFlight;
  private final ReadPool reads;
  private final CommitAwait commits;
  private final AcceptProbe probe;
  private final CommitFaults faults;

  AcceptService(
      EdgeConfig config,
      Clock clock,
      UpstreamStatus upstream,
      ReturnDecider decider,
      InFlightRegistry inFlight,
      ReadPool reads,
      WriteLane lane,
      AcceptProbe probe,
      CommitFaults faults) {
    this.config = config;
    this.clock = clock;
    this.upstream = upstream;
    this.decider = decider;
    this.inFlight = inFlight;
    this.reads = reads;
    this.commits = new CommitAwait(lane);
    this.probe = probe;
    this.faults = faults;
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
      PreparedReturn prepared = prepare(key, request, canonical, fingerprint, trace(traceparent));
      ReturnId returnId = prepared.accepted().returnId();
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
    ReturnId returnId = prepared.accepted().returnId();
    AcceptOutcome outcome = commits.await(new ReturnWriter(prepared), returnId);
    if (outcome instanceof AcceptOutcome.Created) {
      faults.afterCommit(key);
      LOG.debugf("accepted return %s (mode %s)", returnId, prepared.accepted().mode());
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
    ReturnId returnId = ReturnId.mint(clock);
    UpstreamMode mode = upstream.mode();
    Decided decided = decider.decide(request, mode);
    ReturnAccepted accepted =
        new ReturnAccepted(
            returnId,
            config.storeId(),
            acceptedAt,
            mode,
            decided.status(),
            request,
            decided.refund(),
            decided.decisions());
    byte[] body = ProtocolJson.toBytes(ReturnResponse.of(accepted));
    IdempotencyRecord response = new IdempotencyRecord(fingerprint, returnId, CREATED, body);
    return new PreparedReturn(key, accepted, EventId.mint(clock), traceparent, canonical, response);
  }

  static Traceparent trace(String header) {
    if (header != null) {
      try {
        return Traceparent.parse(header.strip());
      } catch (IllegalArgumentException e) {
        LOG.debugf("ignoring invalid traceparent header: %s", e.getMessage());
      }
    }
    return Traceparent.random();
  }
}
