package io.rebound.central.security;

import io.rebound.central.db.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only {@code ops_audit} table (V12; PostgreSQL refuses UPDATE, DELETE and TRUNCATE).
 * Writes join the caller's transaction, so an audited change and its row commit together.
 */
@Singleton
public class OpsAudit {

  void append(Connection c, OpsAuditAction action, String actor, String subject, String detail)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ops_audit (action, actor, subject, detail) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, action.name());
      ps.setString(2, clip(actor));
      ps.setString(3, clip(subject));
      ps.setString(4, detail == null ? null : clip(detail));
      ps.executeUpdate();
    }
  }

  /** Names typed by strangers at the login are kept, but not at any length. */
  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  OpsAuditPage page(Connection c, long after, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, at, action, actor, subject, detail FROM ops_audit WHERE id > ?"
                + " ORDER BY id LIMIT ?")) {
      ps.setLong(1, after);
      ps.setInt(2, limit + 1);
      List<OpsAuditEntry> items = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(
              new OpsAuditEntry(
                  rs.getLong("id"),
                  Sql.getInstant(rs, "at"),
                  OpsAuditAction.valueOf(rs.getString("action")),
                  rs.getString("actor"),
                  rs.getString("subject"),
                  rs.getString("detail")));
        }
      }
      if (items.size() <= limit) {
        return new OpsAuditPage(items, null);
      }
      List<OpsAuditEntry> page = items.subList(0, limit);
      return new OpsAuditPage(List.copyOf(page), page.get(limit - 1).id());
    }
  }
}
