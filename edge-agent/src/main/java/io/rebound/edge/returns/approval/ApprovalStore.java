package io.rebound.edge.returns.approval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** SQL of the {@code approvals} table and of the return changes a decision makes. */
public final class ApprovalStore {
  private static final List<String> LEDGERS =
      List.of("ledger_sale_lines", "ledger_offline_cash", "ledger_no_receipt");

  private ApprovalStore() {}

  /** The return as last sent to the POS; empty if no such return exists. */
  static Optional<PendingReturn> load(Connection c, ReturnId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT response FROM returns WHERE return_id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new PendingReturn(ProtocolJson.decode(rs.getBytes(1), ReturnResponse.class)));
      }
    }
  }

  /** Stores the decided return's status, refund status and the response the POS now sees. */
  static void update(Connection c, ReturnResponse after) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE returns SET status = ?, refund_status = ?, response = ? WHERE return_id = ?")) {
      ps.setString(1, after.status().name());
      ps.setString(2, after.refund().status().name());
      ps.setBytes(3, ProtocolJson.toBytes(after));
      ps.setString(4, after.returnId().toString());
      ps.executeUpdate();
    }
  }

  /** Appends the audit row; {@code envelope} is the outbox event that carries the decision. */
  static void insert(Connection c, EventEnvelope envelope, ApprovalDecided d) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO approvals (event_id, return_id, sequence, decided_at, decision, manager,"
                + " reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, envelope.eventId().toString());
      ps.setString(2, d.returnId().toString());
      ps.setLong(3, envelope.sequence());
      ps.setLong(4, d.decidedAt().toEpochMilli());
      ps.setString(5, d.decision().name());
      ps.setString(6, d.manager());
      ps.setString(7, d.reason());
      ps.executeUpdate();
    }
  }

  /** A denied return no longer counts: its sale lines may be returned again. */
  static void deleteLedgerRows(Connection c, ReturnId id) throws SQLException {
    for (String table : LEDGERS) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE return_id = ?")) {
        ps.setString(1, id.toString());
        ps.executeUpdate();
      }
    }
  }

  /** Cash paid out on approval while not ONLINE, on {@code storeDay}. */
  static void recordOfflineCash(Connection c, ReturnResponse r, LocalDate storeDay)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT OR REPLACE INTO ledger_offline_cash (return_id, store_day, currency,"
                + " amount_minor) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, r.returnId().toString());
      ps.setString(2, storeDay.toString());
      ps.setString(3, r.refund().amount().currency().getCurrencyCode());
      ps.setLong(4, r.refund().amount().minorUnits());
      ps.executeUpdate();
    }
  }

  /**
   * The return's decision: {@code {"decision","manager","reason","decidedAt","eventId"}}; empty if
   * it was not decided.
   */
  public static Optional<ObjectNode> view(Connection c, ReturnId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT decision, manager, reason, decided_at, event_id FROM approvals"
                + " WHERE return_id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ObjectNode view = ProtocolJson.mapper().createObjectNode();
        view.put("decision", rs.getString(1));
        view.put("manager", rs.getString(2));
        view.put("reason", rs.getString(3));
        view.put("decidedAt", Instant.ofEpochMilli(rs.getLong(4)).toString());
        view.put("eventId", rs.getString(5));
        return Optional.of(view);
      }
    }
  }
}
