package io.rebound.central.stores;

import io.rebound.central.db.Sql;
import io.rebound.protocols.envelope.StoreStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes a store's latest {@link StoreStatus} onto its (already locked) {@code stores} row.
 * Statuses are applied in arrival order, so the broker's OFFLINE last will replaces the ONLINE
 * heartbeats that preceded it.
 */
final class StatusWriter {
  private StatusWriter() {}

  static void write(Connection c, StoreChanges.StatusChange change) throws SQLException {
    StoreStatus s = change.status();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE stores SET connection_state = ?, state_since = ?, agent_version = ?,"
                + " backlog = ?, oldest_pending_age_seconds = ?, status_reported_at = ?,"
                + " last_seen = GREATEST(last_seen, ?) WHERE store_id = ?")) {
      ps.setString(1, s.state().name());
      Sql.setInstant(ps, 2, s.since());
      ps.setString(3, s.agentVersion());
      ps.setLong(4, s.outboxDepth());
      ps.setLong(5, s.oldestPendingAgeSeconds());
      Sql.setInstant(ps, 6, s.reportedAt());
      Sql.setInstant(ps, 7, change.seenAt());
      ps.setString(8, s.storeId().value());
      ps.executeUpdate();
    }
  }
}
