package io.rebound.central.process.store;

import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.process.model.AuditEntry;
import io.rebound.central.process.model.AuditPage;
import io.rebound.protocols.ids.ReturnId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The append-only {@code audit_log} (a trigger refuses UPDATE and DELETE). */
@Singleton
public class AuditLog {
  private static final String SELECT =
      "SELECT id, at, operator, action, target, return_id, result, detail FROM audit_log";

  private final Database database;

  @Inject
  public AuditLog(Database database) {
    this.database = database;
  }

  /** Appends one entry in the caller's transaction; returns its id. */
  public static long append(
      Connection c,
      Instant at,
      String operator,
      String action,
      String target,
      UUID returnId,
      String result,
      String detail)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at, operator, action, target, return_id, result, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      Sql.setInstant(ps, 1, at);
      ps.setString(2, operator);
      ps.setString(3, action);
      ps.setString(4, target);
      ps.setObject(5, returnId);
      ps.setString(6, result);
      ps.setString(7, detail);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public AuditPage page(long after, int limit) {
    return database.read(
        c -> {
          List<AuditEntry> items = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(SELECT + " WHERE id > ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, after);
            ps.setInt(2, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(entry(rs));
              }
            }
          }
          Long next = null;
          if (items.size() > limit) {
            items = new ArrayList<>(items.subList(0, limit));
            next = items.get(limit - 1).id();
          }
          return new AuditPage(items, next);
        });
  }

  /** The entries about one return, oldest first (for its timeline). */
  public static List<AuditEntry> forReturn(Connection c, ReturnId id) throws SQLException {
    List<AuditEntry> items = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE return_id = ? ORDER BY id")) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(entry(rs));
        }
      }
    }
    return items;
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        Sql.getInstant(rs, "at"),
        rs.getString("operator"),
        rs.getString("action"),
        rs.getString("target"),
        Sql.getUuid(rs, "return_id"),
        rs.getString("result"),
        rs.getString("detail"));
  }
}
