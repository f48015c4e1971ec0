package io.rebound.central.stores;

import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.jboss.logging.Logger;

/**
 * Applies {@link StoreChanges} inside the ingest transaction. Each store row is locked with {@code
 * SELECT … FOR UPDATE} before its watermark is recomputed, so N instances committing events of one
 * store serialise on that row; rows are locked in store-id order so two instances cannot deadlock.
 */
@Singleton
public class StoreTracker {
  private static final Logger LOG = Logger.getLogger(StoreTracker.class);

  /** Applies every store's changes, in ascending store-id order. */
  public void apply(Connection c, SortedMap<StoreId, StoreChanges> changes, Instant now)
      throws SQLException {
    for (var entry : changes.entrySet()) {
      apply(c, entry.getKey(), entry.getValue(), now);
    }
  }

  private void apply(Connection c, StoreId store, StoreChanges changes, Instant now)
      throws SQLException {
    LockedRow row = lock(c, store);
    SequenceWatermark next;
    try {
      next =
          row.watermark()
              .after(changes.newSequences(), (after, limit) -> above(c, store, after, limit));
    } catch (WatermarkReadException e) {
      throw e.sql();
    }
    Instant gapSince = next.hasGap() ? (row.gapSince() != null ? row.gapSince() : now) : null;
    if (next.hasGap() && row.gapSince() == null) {
      LOG.debugf(
          "store %s: sequence gap opened (contiguous %d, highest %d, missing %d)",
          store, next.contiguous(), next.highest(), next.missing());
    } else if (!next.hasGap() && row.gapSince() != null) {
      LOG.debugf("store %s: sequence gap closed at %d", store, next.contiguous());
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE stores SET contiguous_sequence = ?, highest_sequence = ?,"
                + " missing_sequences = ?, gap_since = ?, last_seen = GREATEST(last_seen, ?)"
                + " WHERE store_id = ?")) {
      ps.setLong(1, next.contiguous());
      ps.setLong(2, next.highest());
      ps.setLong(3, next.missing());
      Sql.setInstant(ps, 4, gapSince);
      Sql.setInstant(ps, 5, changes.lastSeen());
      ps.setString(6, store.value());
      ps.executeUpdate();
    }
    for (StoreChanges.StatusChange status : changes.statuses()) {
      StatusWriter.write(c, status);
    }
  }

  private record LockedRow(SequenceWatermark watermark, Instant gapSince) {}

  private static LockedRow lock(Connection c, StoreId store) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stores (store_id) VALUES (?) ON CONFLICT (store_id) DO NOTHING")) {
      ps.setString(1, store.value());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT contiguous_sequence, highest_sequence, missing_sequences, gap_since"
                + " FROM stores WHERE store_id = ? FOR UPDATE")) {
      ps.setString(1, store.value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new LockedRow(
            new SequenceWatermark(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
            Sql.getInstant(rs, "gap_since"));
      }
    }
  }

  private static long[] above(Connection c, StoreId store, long after, int limit) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT sequence FROM ingested_events WHERE store_id = ? AND sequence > ?"
                + " ORDER BY sequence LIMIT ?")) {
      ps.setString(1, store.value());
      ps.setLong(2, after);
      ps.setInt(3, limit);
      List<Long> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getLong(1));
        }
      }
      return found.stream().mapToLong(Long::longValue).toArray();
    } catch (SQLException e) {
      throw new WatermarkReadException(e);
    }
  }

  /** Carries an SQLException through the watermark callback; unwrapped by the caller. */
  static final class WatermarkReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WatermarkReadException(SQLException cause) {
      super(cause);
    }

    SQLException sql() {
      return (SQLException) getCause();
    }
  }
}
