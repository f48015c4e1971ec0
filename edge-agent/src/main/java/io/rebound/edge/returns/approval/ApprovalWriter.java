package io.rebound.edge.returns.approval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.credit.CreditBlocks;
import io.rebound.edge.outbox.OutboxAppender;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.edge.returns.idempotency.IdempotencyStore;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.approval.ApprovalDecision;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One manager decision as one write-lane task: re-check the key, load the return, require {@code
 * PENDING_APPROVAL}, then update the return, adjust the policy ledger (approved offline cash is
 * recorded; a denied return's rows are deleted), append the audit row, the outbox event and the
 * idempotency record together. Running on the single writer thread makes "decided once" race-free.
 */
final class ApprovalWriter implements WriteTask<ApprovalOutcome> {
  static final int CREATED = 201;

  private final PreparedApproval prepared;

  ApprovalWriter(PreparedApproval prepared) {
    this.prepared = prepared;
  }

  @Override
  public ApprovalOutcome run(Connection c) throws SQLException {
    Optional<IdempotencyRecord> existing = IdempotencyStore.find(c, prepared.key());
    if (existing.isPresent()) {
      return existing.get().matches(prepared.fingerprint())
          ? new ApprovalOutcome.Replayed(existing.get())
          : new ApprovalOutcome.KeyReused(existing.get().returnId());
    }
    Optional<PendingReturn> stored = ApprovalStore.load(c, prepared.returnId());
    if (stored.isEmpty()) {
      return new ApprovalOutcome.UnknownReturn(prepared.returnId());
    }
    if (!stored.get().waitsForApproval()) {
      return new ApprovalOutcome.NotPending(prepared.returnId(), stored.get().response().status());
    }
    ApprovalDecision decision = prepared.request().decision();
    ReturnResponse after = withCreditNumber(c, stored.get().decided(decision));
    ApprovalDecided event =
        new ApprovalDecided(
            prepared.returnId(),
            after.storeId(),
            prepared.decidedAt(),
            decision,
            prepared.request().manager(),
            prepared.request().reason(),
            after.status(),
            after.refund());
    EventEnvelope envelope =
        OutboxAppender.append(
            c,
            prepared.eventId(),
            prepared.decidedAt(),
            prepared.traceparent(),
            prepared.returnId(),
            event);
    ApprovalStore.update(c, after);
    ApprovalStore.insert(c, envelope, event);
    if (decision == ApprovalDecision.DENIED) {
      ApprovalStore.deleteLedgerRows(c, prepared.returnId());
    } else if (stored.get().paysOfflineCash(decision)) {
      ApprovalStore.recordOfflineCash(
          c, after, prepared.decidedAt().atZone(prepared.policyZone()).toLocalDate());
    }
    IdempotencyRecord response =
        new IdempotencyRecord(
            prepared.fingerprint(), prepared.returnId(), CREATED, responseBody(envelope, event));
    IdempotencyStore.insert(c, prepared.key(), response, prepared.decidedAt());
    return new ApprovalOutcome.Recorded(response);
  }

  /** The decision as published, plus its event id and sequence. */
  private static byte[] responseBody(EventEnvelope envelope, ApprovalDecided event) {
    ObjectNode body = ProtocolJson.toTree(event).deepCopy();
    body.put("eventId", envelope.eventId().toString());
    body.put("sequence", envelope.sequence());
    return ProtocolJson.toBytes(body);
  }

  /**
   * Approved store credit is issued under a number taken in this transaction; with none left it is
   * {@code DEFERRED} until a block arrives (as at acceptance).
   */
  private static ReturnResponse withCreditNumber(Connection c, ReturnResponse r)
      throws SQLException {
    Refund refund = r.refund();
    if (refund.method() != RefundMethod.STORE_CREDIT || refund.status() != RefundStatus.ISSUED) {
      return r;
    }
    Refund numbered =
        CreditBlocks.take(c, r.returnId())
            .map(n -> new Refund(refund.method(), refund.amount(), refund.status(), n.reference()))
            .orElseGet(
                () -> new Refund(refund.method(), refund.amount(), RefundStatus.DEFERRED, null));
    return new ReturnResponse(
        r.returnId(),
        r.storeId(),
        r.terminalId(),
        r.status(),
        r.mode(),
        r.acceptedAt(),
        r.total(),
        numbered,
        r.decisions());
  }
}
