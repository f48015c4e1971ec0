package io.rebound.edge.credit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnResponse;
import io.rebound.protocols.returns.ReturnStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * SQL of the store credit accepted {@code DEFERRED} for want of a number (SQLite V10): find the
 * oldest still owed, record its late issue, read it back for {@code GET /api/v1/returns/{id}}.
 */
public final class DeferredCredits {
  private static final String OWED =
      " FROM returns WHERE refund_method = '"
          + RefundMethod.STORE_CREDIT.name()
          + "' AND refund_status = '"
          + RefundStatus.DEFERRED.name()
          + "' AND status = '"
          + ReturnStatus.ACCEPTED.name()
          + "'";

  private DeferredCredits() {}

  /** The store credit longest owed (lowest sequence = accepted first), as last sent to the POS. */
  static Optional<ReturnResponse> oldest(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT response" + OWED + " ORDER BY sequence LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(ProtocolJson.decode(rs.getBytes(1), ReturnResponse.class));
    }
  }

  /** How many store credits are still owed for want of a number. */
  public static long owed(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + OWED);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Stores the return's refund as issued ({@code after} is the response the POS now sees) and the
   * issue row; fails on a second issue for the same return (primary key), rolling the task back.
   */
  static void recordIssue(
      Connection c,
      ReturnResponse after,
      StoreCreditNumber number,
      EventEnvelope envelope,
      StoreCreditIssued event)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE returns SET refund_status = ?, response = ? WHERE return_id = ?"
                + " AND refund_status = ?")) {
      ps.setString(1, after.refund().status().name());
      ps.setBytes(2, ProtocolJson.toBytes(after));
      ps.setString(3, after.returnId().toString());
      ps.setString(4, RefundStatus.DEFERRED.name());
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException(
            "return " + after.returnId() + ": refund is no longer DEFERRED");
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO store_credit_issues (return_id, number, reference, event_id, sequence,"
                + " issued_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, event.returnId().toString());
      ps.setLong(2, number.value());
      ps.setString(3, event.storeCreditNumber());
      ps.setString(4, envelope.eventId().toString());
      ps.setLong(5, envelope.sequence());
      ps.setLong(6, event.issuedAt().toEpochMilli());
      ps.executeUpdate();
    }
  }

  /**
   * The late issue of a return's store credit: {@code {"storeCreditNumber","issuedAt","eventId",
   * "sequence"}}; empty if it was issued at acceptance (or not at all).
   */
  public static Optional<ObjectNode> view(Connection c, ReturnId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT reference, issued_at, event_id, sequence FROM store_credit_issues"
                + " WHERE return_id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ObjectNode view = ProtocolJson.mapper().createObjectNode();
        view.put("storeCreditNumber", rs.getString(1));
        view.put("issuedAt", Instant.ofEpochMilli(rs.getLong(2)).toString());
        view.put("eventId", rs.getString(3));
        view.put("sequence", rs.getLong(4));
        return Optional.of(view);
      }
    }
  }
}
