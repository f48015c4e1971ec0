package io.rebound.edge.inventory;

import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Appends inventory moves to the {@code inventory_moves} ledger, on the caller's connection. */
public final class InventoryLedger {
  private InventoryLedger() {}

  public static void append(
      Connection c, List<InventoryMove> moves, ReturnId returnId, EventId eventId, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO inventory_moves (sku, quantity, from_state, to_state, vendor_id,"
                + " return_id, event_id, moved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (InventoryMove m : moves) {
        ps.setString(1, m.sku());
        ps.setInt(2, m.quantity());
        ps.setString(3, m.from().name());
        ps.setString(4, m.to().name());
        ps.setString(5, m.vendorId().orElse(null));
        ps.setString(6, returnId.toString());
        ps.setString(7, eventId.toString());
        ps.setLong(8, at.toEpochMilli());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
