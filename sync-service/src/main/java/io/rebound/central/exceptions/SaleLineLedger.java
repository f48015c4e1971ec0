package io.rebound.central.exceptions;

import io.rebound.central.db.Sql;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnLine;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Central's cross-store ledger of returned sale lines, written in the ingest transaction: records
 * each receipted line of newly stored returns in {@code sale_line_returns} and raises a {@code
 * DUPLICATE_SALE_LINE_RETURN} exception for every earlier return of the same line. A transaction
 * advisory lock per (sale, line key), taken in hash order, serializes concurrent instances on a
 * line, so the later of two returns always sees the earlier one.
 */
public final class SaleLineLedger {
  private static final String LOCK =
      "SELECT count(pg_advisory_xact_lock(h)) FROM"
          + " (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(?::text[]) AS k ORDER BY h) s";
  private static final String RECORD =
      "INSERT INTO sale_line_returns (sale_id, line_key, return_id, store_id, quantity,"
          + " accepted_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final String RAISE =
      "INSERT INTO exceptions (kind, state, sale_id, line_key, first_store_id, first_return_id,"
          + " first_quantity, second_store_id, second_return_id, second_quantity, detected_at)"
          + " SELECT ?, ?, n.sale_id, n.line_key, p.store_id, p.return_id, p.quantity,"
          + " n.store_id, n.return_id, n.quantity, ?"
          + " FROM sale_line_returns n JOIN sale_line_returns p"
          + " ON p.sale_id = n.sale_id AND p.line_key = n.line_key AND p.seq < n.seq"
          + " WHERE n.return_id = ANY(?::uuid[]) ORDER BY n.seq, p.seq"
          + " ON CONFLICT ON CONSTRAINT exceptions_pair_unique DO NOTHING"
          + " RETURNING "
          + ExceptionReader.COLUMNS;

  private SaleLineLedger() {}

  /** One receipted line of a return, quantities of lines with the same key summed. */
  record LineEntry(
      String saleId,
      String lineKey,
      UUID returnId,
      String storeId,
      int quantity,
      Instant acceptedAt) {}

  /** The key the edge ledger matches on: {@code line:<saleLineId>} if given, else {@code sku:}. */
  public static String lineKey(ReturnLine line) {
    return line.saleLineId() != null ? "line:" + line.saleLineId() : "sku:" + line.sku();
  }

  /**
   * Records the lines of {@code stored} (returns just inserted in this transaction) and returns the
   * exceptions this raised (none already raised are returned again).
   */
  public static List<ExceptionView> record(
      Connection c, List<ReturnAccepted> stored, Instant detectedAt) throws SQLException {
    List<LineEntry> entries = entries(stored);
    if (entries.isEmpty()) {
      return List.of();
    }
    lock(c, entries);
    try (PreparedStatement ps = c.prepareStatement(RECORD)) {
      for (LineEntry e : entries) {
        ps.setString(1, e.saleId());
        ps.setString(2, e.lineKey());
        ps.setObject(3, e.returnId());
        ps.setString(4, e.storeId());
        ps.setInt(5, e.quantity());
        Sql.setInstant(ps, 6, e.acceptedAt());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return raise(c, entries, detectedAt);
  }

  /**
   * Takes the same per-line advisory locks as {@link #record} for {@code lineKeys} of {@code
   * saleId}, so a refund authorization and an ingest touching one line never interleave.
   */
  public static void lock(Connection c, String saleId, Collection<String> lineKeys)
      throws SQLException {
    List<String> keys = new ArrayList<>();
    lineKeys.forEach(k -> keys.add(saleId + "\n" + k));
    try (PreparedStatement ps = c.prepareStatement(LOCK)) {
      ps.setArray(1, c.createArrayOf("text", keys.toArray()));
      ps.executeQuery().close();
    }
  }

  static List<LineEntry> entries(List<ReturnAccepted> stored) {
    List<LineEntry> entries = new ArrayList<>();
    for (ReturnAccepted a : stored) {
      if (a.request().originalSale() == null) {
        continue;
      }
      String saleId = a.request().originalSale().saleId();
      Map<String, Integer> quantities = new LinkedHashMap<>();
      for (ReturnLine line : a.request().lines()) {
        quantities.merge(lineKey(line), line.quantity(), Integer::sum);
      }
      quantities.forEach(
          (key, quantity) ->
              entries.add(
                  new LineEntry(
                      saleId,
                      key,
                      a.returnId().value(),
                      a.storeId().value(),
                      quantity,
                      a.acceptedAt())));
    }
    return entries;
  }

  private static void lock(Connection c, List<LineEntry> entries) throws SQLException {
    TreeSet<String> keys = new TreeSet<>();
    entries.forEach(e -> keys.add(e.saleId() + "\n" + e.lineKey()));
    try (PreparedStatement ps = c.prepareStatement(LOCK)) {
      Array array = c.createArrayOf("text", keys.toArray());
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
      }
    }
  }

  private static List<ExceptionView> raise(
      Connection c, List<LineEntry> entries, Instant detectedAt) throws SQLException {
    Object[] returnIds = entries.stream().map(LineEntry::returnId).distinct().toArray();
    try (PreparedStatement ps = c.prepareStatement(RAISE)) {
      ps.setString(1, ExceptionKind.DUPLICATE_SALE_LINE_RETURN.name());
      ps.setString(2, ExceptionState.OPEN.name());
      Sql.setInstant(ps, 3, detectedAt);
      ps.setArray(4, c.createArrayOf("uuid", returnIds));
      List<ExceptionView> raised = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          raised.add(ExceptionReader.view(rs));
        }
      }
      return raised;
    }
  }
}
