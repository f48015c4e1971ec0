package io.rebound.edge.updates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The highest seq of central's update log this store has applied (SQLite V11 {@code
 * return_updates_cursor}); 0 before the first. Asking with it acknowledges everything up to it.
 */
public final class UpdateCursor {
  private UpdateCursor() {}

  /** The cursor (0 when nothing was applied yet). */
  public static long read(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT last_seq FROM return_updates_cursor WHERE id = 1")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Moves the cursor to {@code last} if that is higher; never back. */
  static void advance(Connection c, long last, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO return_updates_cursor (id, last_seq, updated_at) VALUES (1, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET last_seq = excluded.last_seq,"
                + " updated_at = excluded.updated_at WHERE excluded.last_seq > last_seq")) {
      ps.setLong(1, last);
      ps.setLong(2, now.toEpochMilli());
      ps.executeUpdate();
    }
  }
}
