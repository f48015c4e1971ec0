package io.rebound.edge.returns.accept;

import io.rebound.edge.credit.CreditBlocks;
import io.rebound.edge.credit.StoreCreditNumber;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.edge.returns.idempotency.IdempotencyStore;
import io.rebound.edge.returns.policy.Decided;
import io.rebound.edge.returns.policy.PolicyEngine;
import io.rebound.edge.returns.policy.PolicyVerdict;
import io.rebound.edge.returns.policy.ledger.SqlPolicyLedger;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The accept transaction, one write-lane task: re-check the key, decide under the store policy
 * against the ledger on this connection (the single writer: no two tasks can spend the same cap),
 * then store outbox event, return, idempotency record and ledger entries together. A rejection
 * writes nothing.
 */
final class ReturnWriter implements WriteTask<AcceptOutcome> {
  static final int CREATED = 201;

  private final PreparedReturn prepared;
  private final PolicyEngine policy;

  ReturnWriter(PreparedReturn prepared, PolicyEngine policy) {
    this.prepared = prepared;
    this.policy = policy;
  }

  @Override
  public AcceptOutcome run(Connection c) throws SQLException {
    Optional<IdempotencyRecord> existing = IdempotencyStore.find(c, prepared.key());
    if (existing.isPresent()) {
      return existing.get().matches(prepared.fingerprint())
          ? new AcceptOutcome.Replayed(existing.get())
          : new AcceptOutcome.KeyReused(existing.get().returnId());
    }
    SqlPolicyLedger ledger = new SqlPolicyLedger(c);
    PolicyVerdict verdict = policy.decide(prepared.returnCase(), ledger);
    if (verdict instanceof PolicyVerdict.Rejected r) {
      return new AcceptOutcome.Rejected(
          r.decision().rule(), r.field(), r.decision().message(), r.policyVersion());
    }
    PolicyVerdict.Accepted accepted = (PolicyVerdict.Accepted) verdict;
    ReturnAccepted payload = payload(accepted.decided(), refund(c, accepted.decided().refund()));
    byte[] body = ProtocolJson.toBytes(ReturnResponse.of(payload));
    IdempotencyRecord response =
        new IdempotencyRecord(prepared.fingerprint(), prepared.returnId(), CREATED, body);
    ReturnRows rows = new ReturnRows(c);
    long sequence = rows.nextSequence();
    rows.insertOutbox(prepared, payload, sequence);
    rows.insertReturn(prepared, payload, body, sequence, accepted.decided().policyVersion());
    IdempotencyStore.insert(c, prepared.key(), response, payload.acceptedAt());
    ledger.record(prepared.returnId(), accepted.ledger());
    return new AcceptOutcome.Created(response);
  }

  /**
   * An issued store credit takes its number here, in the accept transaction (the policy checked
   * that one is left, on this same connection).
   */
  private Refund refund(Connection c, Refund decided) throws SQLException {
    if (decided.method() != RefundMethod.STORE_CREDIT || decided.status() != RefundStatus.ISSUED) {
      return decided;
    }
    StoreCreditNumber number =
        CreditBlocks.take(c, prepared.returnId())
            .orElseThrow(() -> new IllegalStateException("no store-credit number left"));
    return new Refund(decided.method(), decided.amount(), decided.status(), number.reference());
  }

  private ReturnAccepted payload(Decided decided, Refund refund) {
    return new ReturnAccepted(
        prepared.returnId(),
        prepared.storeId(),
        prepared.returnCase().now(),
        prepared.returnCase().mode(),
        decided.status(),
        prepared.returnCase().request(),
        refund,
        decided.decisions());
  }
}
