package io.rebound.central.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/** Small JDBC conversions shared by the repositories (timestamptz ↔ Instant, uuid, nullables). */
public final class Sql {
  private Sql() {}

  public static void setInstant(PreparedStatement ps, int index, Instant value)
      throws SQLException {
    ps.setObject(index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  public static Instant getInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static UUID getUuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  /**
   * The exception, its causes and its chained next-exceptions (a failed JDBC batch reports the
   * server's error as the next exception of a BatchUpdateException).
   */
  public static List<Throwable> causes(SQLException e) {
    List<Throwable> all = new ArrayList<>();
    Deque<Throwable> queue = new ArrayDeque<>();
    queue.add(e);
    while (!queue.isEmpty() && all.size() < 20) {
      Throwable t = queue.poll();
      if (all.contains(t)) {
        continue;
      }
      all.add(t);
      if (t.getCause() != null) {
        queue.add(t.getCause());
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        queue.add(sql.getNextException());
      }
    }
    return all;
  }

  public static Long getLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
