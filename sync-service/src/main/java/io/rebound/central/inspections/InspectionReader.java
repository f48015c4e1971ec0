package io.rebound.central.inspections;

import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a return's inspection steps back as the events' payloads, in store order. */
public final class InspectionReader {
  private static final String BY_RETURN =
      "SELECT event_id, store_id, inspected_at, inspected_by, line_index, sku, quantity,"
          + " disposition, vendor_id, note FROM inspections WHERE return_id = ?"
          + " ORDER BY inspected_at, sequence, line_no";

  private InspectionReader() {}

  public static List<ReturnInspected> forReturn(Connection c, ReturnId id) throws SQLException {
    Map<EventId, List<InspectedLine>> lines = new LinkedHashMap<>();
    Map<EventId, ReturnInspected> heads = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(BY_RETURN)) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          EventId event = new EventId(Sql.getUuid(rs, "event_id"));
          InspectedLine line =
              InspectedLine.of(
                  rs.getInt("line_index"),
                  rs.getString("sku"),
                  rs.getInt("quantity"),
                  Disposition.valueOf(rs.getString("disposition")),
                  rs.getString("vendor_id"),
                  rs.getString("note"));
          lines.computeIfAbsent(event, e -> new ArrayList<>()).add(line);
          heads.putIfAbsent(
              event,
              ReturnInspected.of(
                  id,
                  StoreId.of(rs.getString("store_id")),
                  Sql.getInstant(rs, "inspected_at"),
                  rs.getString("inspected_by"),
                  List.of(line)));
        }
      }
    }
    List<ReturnInspected> steps = new ArrayList<>();
    heads.forEach(
        (event, h) ->
            steps.add(
                ReturnInspected.of(
                    h.returnId(),
                    h.storeId(),
                    h.inspectedAt(),
                    h.inspectedBy(),
                    lines.get(event))));
    return steps;
  }
}
