package io.rebound.edge.returns.accept;

import io.rebound.edge.returns.SyncState;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnAccepted;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The rows of an accepted return: its outbox event (next sequence) and its {@code returns} row. */
final class ReturnRows {
  private final Connection c;

  ReturnRows(Connection c) {
    this.c = c;
  }

  long nextSequence() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(sequence), 0) + 1 FROM outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void insertOutbox(PreparedReturn prepared, ReturnAccepted accepted, long sequence)
      throws SQLException {
    EventEnvelope envelope =
        EventEnvelope.of(
            prepared.eventId(),
            accepted.storeId(),
            sequence,
            accepted.acceptedAt(),
            prepared.traceparent(),
            accepted);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO outbox (sequence, event_id, event_type, return_id, envelope, state,"
                + " created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")) {
      ps.setLong(1, envelope.sequence());
      ps.setString(2, envelope.eventId().toString());
      ps.setString(3, EventType.RETURN_ACCEPTED.wireName());
      ps.setString(4, accepted.returnId().toString());
      ps.setBytes(5, ProtocolJson.toBytes(envelope));
      ps.setLong(6, envelope.occurredAt().toEpochMilli());
      ps.executeUpdate();
    }
  }

  void insertReturn(
      PreparedReturn prepared,
      ReturnAccepted a,
      byte[] responseBody,
      long sequence,
      int policyVersion)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO returns (return_id, store_id, terminal_id, status, mode, accepted_at,"
                + " currency, total_minor, refund_method, refund_status, request, response,"
                + " sequence, event_id, sync_state, policy_version) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
      ps.setBytes(12, responseBody);
      ps.setLong(13, sequence);
      ps.setString(14, prepared.eventId().toString());
      ps.setString(15, SyncState.PENDING.name());
      ps.setInt(16, policyVersion);
      ps.executeUpdate();
    }
  }
}
