package io.rebound.edge.updates;

import io.rebound.protocols.requests.ReturnUpdate;
import io.rebound.protocols.requests.ReturnUpdates;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Applies one page of central's update log in ONE write-lane task: each entry above the stored
 * cursor is recorded in {@code return_outcomes} and may move its return's refund status forward
 * ({@link RefundSettlement}); then the cursor moves to the page's {@code last}. Entries at or below
 * the cursor are skipped, so a page applied twice (a repeated answer, a retry) changes nothing.
 */
final class OutcomeWriter {
  private OutcomeWriter() {}

  /** What a page changed. */
  record Applied(int recorded, int refundsSettled, long cursor) {}

  static Applied apply(Connection c, ReturnUpdates page, Instant now) throws SQLException {
    long cursor = UpdateCursor.read(c);
    int recorded = 0;
    int settled = 0;
    for (ReturnUpdate u : page.updates()) {
      if (u.seq() <= cursor) {
        continue;
      }
      if (record(c, u, now)) {
        recorded++;
        if (RefundSettlement.apply(c, u)) {
          settled++;
        }
      }
    }
    long last = Math.max(cursor, page.last());
    UpdateCursor.advance(c, last, now);
    return new Applied(recorded, settled, last);
  }

  private static boolean record(Connection c, ReturnUpdate u, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT OR IGNORE INTO return_outcomes (seq, return_id, kind, state, reference, detail,"
                + " at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, u.seq());
      ps.setString(2, u.returnId().toString());
      ps.setString(3, u.kind().name());
      ps.setString(4, u.state().name());
      ps.setString(5, u.reference());
      ps.setString(6, u.detail());
      ps.setLong(7, u.at().toEpochMilli());
      ps.setLong(8, now.toEpochMilli());
      return ps.executeUpdate() == 1;
    }
  }
}
