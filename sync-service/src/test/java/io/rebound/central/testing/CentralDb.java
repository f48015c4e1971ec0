package io.rebound.central.testing;

import io.rebound.central.db.Database;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Direct reads of central's tables for assertions. */
public final class CentralDb {
  private final Database database;

  public CentralDb(Database database) {
    this.database = database;
  }

  public long returnsOfEvent(EventId eventId) {
    return count("SELECT count(*) FROM returns WHERE event_id = ?", eventId.value());
  }

  public long inspectionLinesOfEvent(EventId eventId) {
    return count("SELECT count(*) FROM inspections WHERE event_id = ?", eventId.value());
  }

  public long approvalsOf(ReturnId returnId) {
    return count("SELECT count(*) FROM approvals WHERE return_id = ?", returnId.value());
  }

  public long ingestedEvents(EventId eventId) {
    return count("SELECT count(*) FROM ingested_events WHERE event_id = ?", eventId.value());
  }

  public long deadLettersOf(StoreId store) {
    return count("SELECT count(*) FROM dead_letters WHERE store_id = ?", store.value());
  }

  public List<Long> storedSequences(StoreId store) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT sequence FROM ingested_events WHERE store_id = ? ORDER BY sequence")) {
            ps.setString(1, store.value());
            List<Long> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(rs.getLong(1));
              }
            }
            return found;
          }
        });
  }

  private long count(String sql, Object param) {
    return database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
