package io.rebound.edge.inventory;

import io.rebound.edge.store.ReadPool;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Inventory levels per sku, in one read transaction. Units of ACCEPTED returns enter {@link
 * InventoryState#PENDING_INSPECTION} (read from the stored requests' lines: accepting writes no
 * inventory row); {@code inventory_moves} moves them on.
 */
@ApplicationScoped
public class InventoryQueries {
  private static final String RETURNED =
      "SELECT COALESCE(SUM(json_extract(l.value, '$.quantity')), 0)"
          + " FROM returns r, json_each(CAST(r.request AS TEXT), '$.lines') l"
          + " WHERE r.status = 'ACCEPTED' AND json_extract(l.value, '$.sku') = ?";
  private static final String MOVES =
      "SELECT from_state, to_state, SUM(quantity) FROM inventory_moves WHERE sku = ?"
          + " GROUP BY from_state, to_state";

  private final ReadPool reads;

  InventoryQueries(ReadPool reads) {
    this.reads = reads;
  }

  public InventoryLevels levels(String sku) {
    return reads.read(c -> new InventoryLevels(sku, quantities(c, sku)));
  }

  private static Map<InventoryState, Long> quantities(Connection c, String sku)
      throws SQLException {
    Map<InventoryState, Long> q = new EnumMap<>(InventoryState.class);
    try (PreparedStatement ps = c.prepareStatement(RETURNED)) {
      ps.setString(1, sku);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        q.put(InventoryState.PENDING_INSPECTION, rs.getLong(1));
      }
    }
    try (PreparedStatement ps = c.prepareStatement(MOVES)) {
      ps.setString(1, sku);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long n = rs.getLong(3);
          q.merge(InventoryState.valueOf(rs.getString(1)), -n, Long::sum);
          q.merge(InventoryState.valueOf(rs.getString(2)), n, Long::sum);
        }
      }
    }
    return q;
  }
}
