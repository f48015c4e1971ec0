package io.rebound.central.erp.journal;

import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.ToLongFunction;

/** Pages of journal entries and stock movements, keyset-paginated on their ids. */
@Singleton
public class JournalReader {
  private final Database database;

  @Inject
  public JournalReader(Database database) {
    this.database = database;
  }

  /** {@code returnId} null = all returns. */
  public JournalViews.Page<JournalViews.Entry> entries(UUID returnId, long after, int limit) {
    return database.read(
        c -> {
          List<JournalViews.Entry> items = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, reference, kind, return_id, store_id, posted_at, currency"
                      + " FROM journal_entries WHERE id > ? AND (?::uuid IS NULL OR return_id = ?::uuid)"
                      + " ORDER BY id LIMIT ?")) {
            bind(ps, returnId, after, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                long id = rs.getLong("id");
                items.add(
                    new JournalViews.Entry(
                        id,
                        rs.getString("reference"),
                        rs.getString("kind"),
                        Sql.getUuid(rs, "return_id"),
                        rs.getString("store_id"),
                        Sql.getInstant(rs, "posted_at"),
                        rs.getString("currency"),
                        List.of()));
              }
            }
          }
          List<JournalViews.Entry> withLines = new ArrayList<>();
          for (JournalViews.Entry e : items) {
            withLines.add(
                new JournalViews.Entry(
                    e.id(),
                    e.reference(),
                    e.kind(),
                    e.returnId(),
                    e.storeId(),
                    e.postedAt(),
                    e.currency(),
                    lines(c, e.id())));
          }
          return page(withLines, limit, JournalViews.Entry::id);
        });
  }

  public JournalViews.Page<JournalViews.Movement> movements(UUID returnId, long after, int limit) {
    return database.read(
        c -> {
          List<JournalViews.Movement> items = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, entry_id, reference, return_id, sku, quantity, from_location,"
                      + " to_location, unit_cost_minor FROM stock_movements"
                      + " WHERE id > ? AND (?::uuid IS NULL OR return_id = ?::uuid)"
                      + " ORDER BY id LIMIT ?")) {
            bind(ps, returnId, after, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(
                    new JournalViews.Movement(
                        rs.getLong("id"),
                        rs.getLong("entry_id"),
                        rs.getString("reference"),
                        Sql.getUuid(rs, "return_id"),
                        rs.getString("sku"),
                        rs.getInt("quantity"),
                        rs.getString("from_location"),
                        rs.getString("to_location"),
                        Sql.getLong(rs, "unit_cost_minor")));
              }
            }
          }
          return page(items, limit, JournalViews.Movement::id);
        });
  }

  private static void bind(PreparedStatement ps, UUID returnId, long after, int limit)
      throws SQLException {
    ps.setLong(1, after);
    ps.setObject(2, returnId);
    ps.setObject(3, returnId);
    ps.setInt(4, limit + 1);
  }

  private static List<JournalViews.Line> lines(Connection c, long entryId) throws SQLException {
    List<JournalViews.Line> lines = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT account, debit_minor, credit_minor FROM journal_lines WHERE entry_id = ?"
                + " ORDER BY line_no")) {
      ps.setLong(1, entryId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(new JournalViews.Line(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return lines;
  }

  private static <T> JournalViews.Page<T> page(List<T> items, int limit, ToLongFunction<T> id) {
    if (items.size() <= limit) {
      return new JournalViews.Page<>(items, null);
    }
    List<T> kept = new ArrayList<>(items.subList(0, limit));
    return new JournalViews.Page<>(kept, id.applyAsLong(kept.get(limit - 1)));
  }
}
