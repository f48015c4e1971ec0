package io.rebound.central.approvals;

import io.rebound.central.db.Sql;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.json.ProtocolJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The business write of a {@code return.approval-decided} event: an {@code approvals} row, and the
 * return's status and refund status when the return is already stored.
 */
public final class ApprovalWriter {
  private ApprovalWriter() {}

  /** A decision and the event that carried it. */
  public record NewApproval(EventEnvelope envelope, ApprovalDecided decision, Instant receivedAt) {}

  /** Inserts every decision and updates its return, in the caller's transaction. */
  public static void insert(Connection c, List<NewApproval> approvals) throws SQLException {
    if (approvals.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO approvals (event_id, return_id, store_id, sequence, decided_at,"
                + " decision, manager, reason, status, refund_status, payload, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)"
                + " ON CONFLICT (event_id) DO NOTHING")) {
      for (NewApproval n : approvals) {
        ApprovalDecided d = n.decision();
        ps.setObject(1, n.envelope().eventId().value());
        ps.setObject(2, d.returnId().value());
        ps.setString(3, d.storeId().value());
        ps.setLong(4, n.envelope().sequence());
        Sql.setInstant(ps, 5, d.decidedAt());
        ps.setString(6, d.decision().name());
        ps.setString(7, d.manager());
        ps.setString(8, d.reason());
        ps.setString(9, d.status().name());
        ps.setString(10, d.refund().status().name());
        ps.setString(11, ProtocolJson.toJson(d));
        Sql.setInstant(ps, 12, n.receivedAt());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE returns SET status = ?, refund_status = ? WHERE return_id = ?")) {
      for (NewApproval n : approvals) {
        ps.setString(1, n.decision().status().name());
        ps.setString(2, n.decision().refund().status().name());
        ps.setObject(3, n.decision().returnId().value());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
