package io.rebound.central.ingest;

import io.rebound.central.db.Sql;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.EventId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The deduplication table. {@code INSERT … ON CONFLICT (event_id) DO NOTHING} in the ingest
 * transaction decides, atomically with the business write, whether an event is new.
 */
final class IngestedEvents {
  private IngestedEvents() {}

  /** Inserts each event; {@code result[i]} is true when {@code events.get(i)} was new. */
  static boolean[] insert(Connection c, List<Decoded.Event> events) throws SQLException {
    boolean[] inserted = new boolean[events.size()];
    if (events.isEmpty()) {
      return inserted;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ingested_events (event_id, store_id, sequence, event_type,"
                + " schema_version, occurred_at, received_at, traceparent)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING")) {
      for (Decoded.Event event : events) {
        EventEnvelope e = event.envelope();
        Instant received = event.source().receivedAt();
        ps.setObject(1, e.eventId().value());
        ps.setString(2, e.storeId().value());
        ps.setLong(3, e.sequence());
        ps.setString(4, e.type().wireName());
        ps.setString(5, e.schemaVersion().toString());
        Sql.setInstant(ps, 6, e.occurredAt());
        Sql.setInstant(ps, 7, received);
        ps.setString(8, e.traceparent().value());
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        inserted[i] = counts[i] > 0;
      }
    }
    return inserted;
  }

  /** Removes rows inserted earlier in the same transaction whose business write was refused. */
  static void delete(Connection c, List<EventId> eventIds) throws SQLException {
    if (eventIds.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM ingested_events WHERE event_id = ?")) {
      for (EventId id : eventIds) {
        ps.setObject(1, id.value());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
