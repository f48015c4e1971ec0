package io.rebound.central.inspections;

import io.rebound.central.db.Sql;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The business write of a {@code return.inspected} event: one {@code inspections} row per line. */
public final class InspectionWriter {
  private InspectionWriter() {}

  /** An inspection step and the event that carried it. */
  public record NewInspection(EventEnvelope envelope, ReturnInspected step, Instant receivedAt) {}

  /** Inserts every line of every step, in the caller's transaction. */
  public static void insert(Connection c, List<NewInspection> steps) throws SQLException {
    if (steps.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO inspections (event_id, line_no, return_id, store_id, sequence,"
                + " inspected_at, inspected_by, line_index, sku, quantity, disposition,"
                + " vendor_id, note, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (event_id, line_no) DO NOTHING")) {
      for (NewInspection n : steps) {
        ReturnInspected s = n.step();
        for (int i = 0; i < s.lines().size(); i++) {
          InspectedLine l = s.lines().get(i);
          ps.setObject(1, n.envelope().eventId().value());
          ps.setInt(2, i);
          ps.setObject(3, s.returnId().value());
          ps.setString(4, s.storeId().value());
          ps.setLong(5, n.envelope().sequence());
          Sql.setInstant(ps, 6, s.inspectedAt());
          ps.setString(7, s.inspectedBy());
          ps.setInt(8, l.lineIndex());
          ps.setString(9, l.sku());
          ps.setInt(10, l.quantity());
          ps.setString(11, l.disposition().name());
          ps.setString(12, l.vendorId());
          ps.setString(13, l.note());
          Sql.setInstant(ps, 14, n.receivedAt());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
