package io.rebound.edge.returns.accept;

import io.rebound.edge.returns.SyncState;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.edge.returns.idempotency.IdempotencyStore;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnAccepted;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The accept transaction, one write-lane task: re-check the key, then insert the outbox event (next
 * sequence), the return and the idempotency record together.
 */
final class ReturnWriter implements WriteTask<AcceptOutcome> {
  private final PreparedReturn prepared;

  ReturnWriter(PreparedReturn prepared) {
    this.prepared = prepared;
  }

  @Override
  public AcceptOutcome run(Connection c) throws SQLException {
    Optional<IdempotencyRecord> existing = IdempotencyStore.find(c, prepared.key());
    if (existing.isPresent()) {
      return existing.get().matches(prepared.response().fingerprint())
          ? new AcceptOutcome.Replayed(existing.get())
          : new AcceptOutcome.KeyReused(existing.get().returnId());
    }
    long sequence = nextSequence(c);
    ReturnAccepted accepted = prepared.accepted();
    EventEnvelope envelope =
        EventEnvelope.of(
            prepared.eventId(),
            accepted.storeId(),
            sequence,
            accepted.acceptedAt(),
            prepared.traceparent(),
            accepted);
    insertOutbox(c, envelope);
    insertReturn(c, sequence);
    IdempotencyStore.insert(c, prepared.key(), prepared.response(), accepted.acceptedAt());
    return new AcceptOutcome.Created(prepared.response());
  }

  private static long nextSequence(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(sequence), 0) + 1 FROM outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void insertOutbox(Connection c, EventEnvelope envelope) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO outbox (sequence, event_id, event_type, return_id, envelope, state,"
                + " created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")) {
      ps.setLong(1, envelope.sequence());
      ps.setString(2, envelope.eventId().toString());
      ps.setString(3, EventType.RETURN_ACCEPTED.wireName());
      ps.setString(4, prepared.accepted().returnId().toString());
      ps.setBytes(5, ProtocolJson.toBytes(envelope));
      ps.setLong(6, envelope.occurredAt().toEpochMilli());
      ps.executeUpdate();
    }
  }

  private void insertReturn(Connection c, long sequence) throws SQLException {
    ReturnAccepted a = prepared.accepted();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO returns (return_id, store_id, terminal_id, status, mode, accepted_at,"
                + " currency, total_minor, refund_method, refund_status, request, response,"
                + " sequence, event_id, sync_state) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, a.returnId().toString());
      ps.setString(2, a.storeId().value());
      ps.setString(3, a.request().terminalId().value());
      ps.setString(4, a.status().name());
      ps.setString(5, a.mode().name());
      ps.setLong(6, a.acceptedAt().toEpochMilli());
      ps.setString(7, a.request().currency().getCurrencyCode());
      ps.setLong(8, a.request().total().minorUnits());
      ps.setString(9, a.refund().method().name());
      ps.setString(10, a.refund().status().name());
      ps.setBytes(11, prepared.requestJson());
      ps.setBytes(12, prepared.response().responseBody());
      ps.setLong(13, sequence);
      ps.setString(14, prepared.eventId().toString());
      ps.setString(15, SyncState.PENDING.name());
      ps.executeUpdate();
    }
  }
}
