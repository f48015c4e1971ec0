package io.rebound.edge.outbox;

import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.EventPayload;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Appends one event to the outbox inside the caller's write-lane task: the next store sequence, the
 * envelope around {@code payload}, a PENDING row. The relay publishes it after the commit.
 */
public final class OutboxAppender {
  private OutboxAppender() {}

  /**
   * The appended envelope (its sequence is the store's next). {@code returnId} is null for events
   * about no return (e.g. {@code audit.recorded}).
   */
  public static EventEnvelope append(
      Connection c,
      EventId eventId,
      Instant occurredAt,
      Traceparent traceparent,
      ReturnId returnId,
      EventPayload payload)
      throws SQLException {
    EventEnvelope envelope =
        EventEnvelope.of(
            eventId, payload.payloadStoreId(), nextSequence(c), occurredAt, traceparent, payload);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO outbox (sequence, event_id, event_type, return_id, envelope, state,"
                + " created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")) {
      ps.setLong(1, envelope.sequence());
      ps.setString(2, eventId.toString());
      ps.setString(3, envelope.type().wireName());
      ps.setString(4, returnId == null ? null : returnId.toString());
      ps.setBytes(5, ProtocolJson.toBytes(envelope));
      ps.setLong(6, occurredAt.toEpochMilli());
      ps.executeUpdate();
    }
    return envelope;
  }

  private static long nextSequence(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(sequence), 0) + 1 FROM outbox")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
