package io.rebound.central.erp.journal;

import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpUnavailableException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes entries in one transaction each. Idempotent by the UNIQUE reference: {@code INSERT … ON
 * CONFLICT DO NOTHING}, and when nothing was inserted the existing entry is returned with {@code
 * alreadyPosted}. A concurrent writer of the same reference waits for the first and then finds it.
 */
@Singleton
public class JournalWriter {
  private final Database database;
  private final Clock clock;

  @Inject
  public JournalWriter(Database database) {
    this(database, Clock.systemUTC());
  }

  JournalWriter(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  ErpDocument write(DraftEntry entry) {
    entry.checkBalanced();
    try {
      return database.inTransaction(c -> insert(c, entry, clock.instant()));
    } catch (SQLException e) {
      throw new ErpUnavailableException("journal: central database: " + e.getMessage(), e);
    }
  }

  /** The stock return the journal booked for {@code returnId}: currency and unit cost by sku. */
  record ReturnedStock(String currency, Map<String, Long> unitCosts) {}

  ReturnedStock returnedStock(UUID returnId) {
    try {
      return database.inTransaction(
          c -> {
            Map<String, Long> costs = new HashMap<>();
            String currency = null;
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT m.sku, m.unit_cost_minor, e.currency FROM stock_movements m"
                        + " JOIN journal_entries e ON e.id = m.entry_id"
                        + " WHERE m.return_id = ? AND e.kind = 'STOCK_RETURN'"
                        + " AND m.unit_cost_minor IS NOT NULL ORDER BY m.id")) {
              ps.setObject(1, returnId);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  costs.putIfAbsent(rs.getString(1), rs.getLong(2));
                  currency = rs.getString(3);
                }
              }
            }
            return new ReturnedStock(currency, costs);
          });
    } catch (SQLException e) {
      throw new ErpUnavailableException("journal: central database: " + e.getMessage(), e);
    }
  }

  private static ErpDocument insert(Connection c, DraftEntry entry, Instant now)
      throws SQLException {
    Long id = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO journal_entries (reference, kind, return_id, store_id, posted_at, currency)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING RETURNING id")) {
      ps.setString(1, entry.reference);
      ps.setString(2, entry.kind.name());
      ps.setObject(3, entry.returnId.value());
      ps.setString(4, entry.storeId.value());
      Sql.setInstant(ps, 5, now);
      if (entry.currency == null) {
        ps.setNull(6, Types.VARCHAR);
      } else {
        ps.setString(6, entry.currency.getCurrencyCode());
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          id = rs.getLong(1);
        }
      }
    }
    if (id == null) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT id FROM journal_entries WHERE reference = ?")) {
        ps.setString(1, entry.reference);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return new ErpDocument(externalReference(rs.getLong(1)), true);
        }
      }
    }
    insertLines(c, id, entry);
    insertMovements(c, id, entry);
    return new ErpDocument(externalReference(id), false);
  }

  private static void insertLines(Connection c, long id, DraftEntry entry) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO journal_lines (entry_id, line_no, account, debit_minor, credit_minor)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int no = 1;
      for (DraftEntry.Line line : entry.lines) {
        ps.setLong(1, id);
        ps.setInt(2, no++);
        ps.setString(3, line.account().label());
        ps.setLong(4, line.debitMinor());
        ps.setLong(5, line.creditMinor());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertMovements(Connection c, long id, DraftEntry entry) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stock_movements (entry_id, reference, return_id, sku, quantity,"
                + " from_location, to_location, unit_cost_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (DraftEntry.Movement m : entry.movements) {
        ps.setLong(1, id);
        ps.setString(2, entry.reference);
        ps.setObject(3, entry.returnId.value());
        ps.setString(4, m.sku());
        ps.setInt(5, m.quantity());
        ps.setString(6, m.from());
        ps.setString(7, m.to());
        if (m.unitCostMinor() == null) {
          ps.setNull(8, Types.BIGINT);
        } else {
          ps.setLong(8, m.unitCostMinor());
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** {@code journal:<entry id>}. */
  static String externalReference(long id) {
    return "journal:" + id;
  }
}
