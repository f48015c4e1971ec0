package io.rebound.edge.returns.inspection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.returns.SyncState;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL of the {@code inspections} and {@code inspection_lines} tables, on the caller's connection.
 */
public final class InspectionStore {
  private static final String RETURN = "SELECT status, request FROM returns WHERE return_id = ?";
  private static final String INSPECTED =
      "SELECT line_index, disposition, SUM(quantity) FROM inspection_lines WHERE return_id = ?"
          + " GROUP BY line_index, disposition";
  private static final String STEPS =
      "SELECT i.event_id, i.sequence, i.inspected_at, i.inspected_by, o.state"
          + " FROM inspections i JOIN outbox o ON o.sequence = i.sequence"
          + " WHERE i.return_id = ? ORDER BY i.sequence";

  private InspectionStore() {}

  /** The return's lines and what is already inspected; empty if no such return exists. */
  public static Optional<ReturnInspection> load(Connection c, ReturnId id) throws SQLException {
    ReturnStatus status;
    ReturnRequest request;
    try (PreparedStatement ps = c.prepareStatement(RETURN)) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        status = ReturnStatus.valueOf(rs.getString(1));
        request = ProtocolJson.decode(rs.getBytes(2), ReturnRequest.class);
      }
    }
    List<Map<Disposition, Integer>> counts = new ArrayList<>();
    request.lines().forEach(l -> counts.add(new EnumMap<>(Disposition.class)));
    try (PreparedStatement ps = c.prepareStatement(INSPECTED)) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.get(rs.getInt(1)).put(Disposition.valueOf(rs.getString(2)), rs.getInt(3));
        }
      }
    }
    return Optional.of(new ReturnInspection(id, status, request.lines(), counts));
  }

  /** Inserts the step and its lines; {@code envelope} is the outbox event that carries it. */
  public static void insert(Connection c, EventEnvelope envelope, ReturnInspected step)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO inspections (event_id, return_id, sequence, inspected_at, inspected_by)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, envelope.eventId().toString());
      ps.setString(2, step.returnId().toString());
      ps.setLong(3, envelope.sequence());
      ps.setLong(4, step.inspectedAt().toEpochMilli());
      ps.setString(5, step.inspectedBy());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO inspection_lines (event_id, position, return_id, line_index, sku,"
                + " quantity, disposition, vendor_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < step.lines().size(); i++) {
        InspectedLine l = step.lines().get(i);
        ps.setString(1, envelope.eventId().toString());
        ps.setInt(2, i);
        ps.setString(3, step.returnId().toString());
        ps.setInt(4, l.lineIndex());
        ps.setString(5, l.sku());
        ps.setInt(6, l.quantity());
        ps.setString(7, l.disposition().name());
        ps.setString(8, l.vendorId());
        ps.setString(9, l.note());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * The return's steps in sequence order: {@code [{"eventId","sequence","inspectedAt",
   * "inspectedBy","sync":"PENDING|SYNCED"}]} (SYNCED once central acknowledged the event).
   */
  public static ArrayNode steps(Connection c, ReturnId id) throws SQLException {
    ArrayNode steps = ProtocolJson.mapper().createArrayNode();
    try (PreparedStatement ps = c.prepareStatement(STEPS)) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode step = steps.addObject();
          step.put("eventId", rs.getString(1));
          step.put("sequence", rs.getLong(2));
          step.put("inspectedAt", Instant.ofEpochMilli(rs.getLong(3)).toString());
          step.put("inspectedBy", rs.getString(4));
          step.put(
              "sync",
              ("ACKED".equals(rs.getString(5)) ? SyncState.SYNCED : SyncState.PENDING).name());
        }
      }
    }
    return steps;
  }
}
