package io.rebound.e2e.harness;

import io.rebound.protocols.ids.ReturnId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JDBC checks on central's PostgreSQL: what is stored, how often, in which sequence. */
public final class CentralDb {
  private final JdbcTarget target;

  public CentralDb(JdbcTarget target) {
    this.target = target;
  }

  /** Rows per return id in {@code returns}, for the given ids (absent ids map to 0). */
  public Map<ReturnId, Long> returnCounts(Collection<ReturnId> returnIds) {
    Map<ReturnId, Long> counts = new HashMap<>();
    returnIds.forEach(id -> counts.put(id, 0L));
    String sql =
        "SELECT return_id::text, count(*) FROM returns WHERE return_id::text = ANY (?)"
            + " GROUP BY return_id";
    try (Connection c = target.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      Array ids = c.createArrayOf("text", returnIds.stream().map(ReturnId::toString).toArray());
      s.setArray(1, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.put(ReturnId.parse(rs.getString(1)), rs.getLong(2));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new HarnessException("return counts: " + e.getMessage(), e);
    }
  }

  /** Return ids that are not stored exactly once. */
  public Map<ReturnId, Long> notExactlyOnce(Collection<ReturnId> returnIds) {
    Map<ReturnId, Long> bad = new HashMap<>();
    returnCounts(returnIds)
        .forEach(
            (id, n) -> {
              if (n != 1) {
                bad.put(id, n);
              }
            });
    return bad;
  }

  /** Sequences of the ingested events of one store, ascending (with duplicates, if any). */
  public List<Long> sequences(String storeId) {
    return longs(
        "SELECT sequence FROM ingested_events WHERE store_id = ? ORDER BY sequence", storeId);
  }

  public long count(String tableAndWhere) {
    List<Long> n = longs("SELECT count(*) FROM " + tableAndWhere);
    return n.get(0);
  }

  /** Number of event ids stored more than once (must be 0). */
  public long duplicateEventIds() {
    return count("(SELECT event_id FROM ingested_events GROUP BY event_id HAVING count(*) > 1) d");
  }

  /** Ingested events per store id. */
  public Map<String, Long> ingestedPerStore() {
    Map<String, Long> out = new HashMap<>();
    try (Connection c = target.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT store_id, count(*) FROM ingested_events GROUP BY store_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
      return out;
    } catch (SQLException e) {
      throw new HarnessException("ingested per store: " + e.getMessage(), e);
    }
  }

  /**
   * The refund reference of every return of one store that has one ({@code refund.reference} of the
   * stored {@code return.accepted} payload), by return id.
   */
  public Map<ReturnId, String> refundReferences(String storeId) {
    Map<ReturnId, String> out = new HashMap<>();
    String sql =
        "SELECT return_id::text, payload->'refund'->>'reference' FROM returns"
            + " WHERE store_id = ? AND payload->'refund'->>'reference' IS NOT NULL";
    try (Connection c = target.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, storeId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.put(ReturnId.parse(rs.getString(1)), rs.getString(2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new HarnessException("refund references of " + storeId + ": " + e.getMessage(), e);
    }
  }

  /** One non-null value of a text-like column, as text. */
  public record TextCell(String table, String column, String text) {
    /** {@code table.column}, for messages. */
    public String where() {
      return table + "." + column;
    }
  }

  /**
   * Every non-null value of every text, character, json and jsonb column of every table of
   * central's schema, found through {@code information_schema.columns}.
   */
  public List<TextCell> everyTextCell() {
    String columns =
        "SELECT c.table_name, c.column_name FROM information_schema.columns c"
            + " JOIN information_schema.tables t"
            + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
            + " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
            + " AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')"
            + " ORDER BY c.table_name, c.ordinal_position";
    List<TextCell> cells = new ArrayList<>();
    try (Connection c = target.connect()) {
      List<String[]> found = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(columns);
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (String[] tc : found) {
        String sql =
            "SELECT "
                + quote(tc[1])
                + "::text FROM "
                + quote(tc[0])
                + " WHERE "
                + quote(tc[1])
                + " IS NOT NULL";
        try (PreparedStatement s = c.prepareStatement(sql);
            ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            cells.add(new TextCell(tc[0], tc[1], rs.getString(1)));
          }
        }
      }
      return cells;
    } catch (SQLException e) {
      throw new HarnessException("text columns: " + e.getMessage(), e);
    }
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private List<Long> longs(String sql, Object... params) {
    try (Connection c = target.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        List<Long> out = new ArrayList<>();
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new HarnessException(sql + ": " + e.getMessage(), e);
    }
  }
}
