package io.rebound.central.audit;

import io.rebound.central.db.Sql;
import io.rebound.protocols.audit.AuditRecorded;
import io.rebound.protocols.envelope.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** The business write of an {@code audit.recorded} event: one {@code audit_events} row. */
public final class AuditEventWriter {
  private AuditEventWriter() {}

  /** An audit row and the event that carried it. */
  public record NewAuditEvent(EventEnvelope envelope, AuditRecorded audit, Instant receivedAt) {}

  /** Inserts every row in the caller's transaction; a row already stored is left as it is. */
  public static void insert(Connection c, List<NewAuditEvent> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_events (event_id, store_id, audit_id, sequence, recorded_at,"
                + " actor_kind, actor, role, terminal_id, action, target, result, detail,"
                + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      for (NewAuditEvent n : rows) {
        AuditRecorded a = n.audit();
        ps.setObject(1, n.envelope().eventId().value());
        ps.setString(2, a.storeId().value());
        ps.setLong(3, a.auditId());
        ps.setLong(4, n.envelope().sequence());
        Sql.setInstant(ps, 5, a.recordedAt());
        ps.setString(6, a.actorKind().name());
        ps.setString(7, a.actor());
        setOptional(ps, 8, a.role() == null ? null : a.role().name());
        setOptional(ps, 9, a.terminalId() == null ? null : a.terminalId().value());
        ps.setString(10, a.action().name());
        setOptional(ps, 11, a.target());
        ps.setString(12, a.result().name());
        setOptional(ps, 13, a.detail());
        Sql.setInstant(ps, 14, n.receivedAt());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void setOptional(PreparedStatement ps, int index, String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }
}
