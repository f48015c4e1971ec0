package io.rebound.central.returns;

import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.protocols.money.Money;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-side paged return search: newest first by (accepted_at, return_id), keyset paging on the
 * indexes of Flyway V14 (so page N costs the same as page 1).
 */
@Singleton
public class ReturnSearchRepository {
  private final Database database;

  @Inject
  public ReturnSearchRepository(Database database) {
    this.database = database;
  }

  public ReturnPage search(ReturnSearch q) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    q.storeId().ifPresent(s -> add(where, args, " AND r.store_id = ?", s.value()));
    q.status().ifPresent(s -> add(where, args, " AND r.status = ?", s.name()));
    q.refundStatus().ifPresent(s -> add(where, args, " AND r.refund_status = ?", s.name()));
    q.from().ifPresent(t -> add(where, args, " AND r.accepted_at >= ?", t));
    q.to().ifPresent(t -> add(where, args, " AND r.accepted_at < ?", t));
    q.returnId().ifPresent(id -> add(where, args, " AND r.return_id = ?", id.value()));
    q.after()
        .ifPresent(
            c -> {
              where.append(" AND (r.accepted_at, r.return_id) < (?, ?)");
              args.add(c.acceptedAt());
              args.add(c.returnId());
            });
    String sql =
        "SELECT r.return_id, r.store_id, r.terminal_id, r.status, r.mode, r.accepted_at,"
            + " r.received_at, r.currency, r.total_amount, r.refund_method, r.refund_amount,"
            + " r.refund_status, p.policy ->> 'timeZone' AS time_zone,"
            + " (SELECT s.state FROM process_steps s WHERE s.return_id = r.return_id"
            + " AND s.kind = 'REFUND' LIMIT 1) AS refund_step"
            + " FROM returns r LEFT JOIN store_policies p ON p.store_id = r.store_id"
            + where
            + " ORDER BY r.accepted_at DESC, r.return_id DESC LIMIT ?";
    args.add(q.limit() + 1);
    List<ReturnSummary> rows =
        database.read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                  bind(ps, i + 1, args.get(i));
                }
                List<ReturnSummary> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    found.add(row(rs));
                  }
                }
                return found;
              }
            });
    if (rows.size() <= q.limit()) {
      return new ReturnPage(rows, null);
    }
    List<ReturnSummary> page = rows.subList(0, q.limit());
    ReturnSummary last = page.get(page.size() - 1);
    return new ReturnPage(page, new PageCursor(last.acceptedAt(), last.returnId()).toString());
  }

  private static void add(StringBuilder where, List<Object> args, String clause, Object value) {
    where.append(clause);
    args.add(value);
  }

  private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value instanceof java.time.Instant t) {
      Sql.setInstant(ps, index, t);
    } else {
      ps.setObject(index, value);
    }
  }

  private static ReturnSummary row(ResultSet rs) throws SQLException {
    String currency = rs.getString("currency").trim();
    String zone = rs.getString("time_zone");
    return new ReturnSummary(
        Sql.getUuid(rs, "return_id"),
        rs.getString("store_id"),
        rs.getString("terminal_id"),
        rs.getString("status"),
        rs.getString("mode"),
        Sql.getInstant(rs, "accepted_at"),
        Sql.getInstant(rs, "received_at"),
        money(rs.getBigDecimal("total_amount"), currency),
        rs.getString("refund_method"),
        money(rs.getBigDecimal("refund_amount"), currency),
        rs.getString("refund_status"),
        rs.getString("refund_step"),
        zone == null || zone.isBlank() ? "UTC" : zone);
  }

  private static Money money(BigDecimal amount, String currency) {
    return Money.of(amount.stripTrailingZeros().toPlainString(), currency);
  }
}
