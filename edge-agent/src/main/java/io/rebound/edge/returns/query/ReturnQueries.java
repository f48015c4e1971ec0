package io.rebound.edge.returns.query;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.returns.SyncState;
import io.rebound.edge.returns.policy.source.ActivePolicy;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads of the {@code returns} table on the read pool, scoped to this agent's store: a return of
 * any other store is not found (object-level authorization: the agent serves one store).
 */
@ApplicationScoped
public class ReturnQueries {
  private static final String COLUMNS =
      "SELECT return_id, response, sequence, event_id, sync_state, synced_at FROM returns";

  private final ReadPool reads;
  private final String store;

  private final ActivePolicy policy;

  ReturnQueries(ReadPool reads, EdgeConfig config, ActivePolicy policy) {
    this.reads = reads;
    this.store = config.storeId().value();
    this.policy = policy;
  }

  public Optional<StoredReturn> byId(ReturnId id) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(COLUMNS + " WHERE return_id = ? AND store_id = ?")) {
            ps.setString(1, id.toString());
            ps.setString(2, store);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
          }
        });
  }

  /**
   * One page in return-id (time) order, oldest or newest first; {@code next} is set when more rows
   * may follow. Store days are those of the policy in force (its time zone).
   */
  public ReturnPage list(ReturnFilter filter) {
    StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE store_id = ?");
    List<Object> args = new ArrayList<>(List.of(store));
    filter.status().ifPresent(s -> add(sql, args, " AND status = ?", s.name()));
    filter.sync().ifPresent(s -> add(sql, args, " AND sync_state = ?", s.name()));
    filter.refund().ifPresent(s -> add(sql, args, " AND refund_status = ?", s.name()));
    filter.terminal().ifPresent(t -> add(sql, args, " AND terminal_id = ?", t.value()));
    ZoneId zone = policy.policy().zone();
    filter
        .from()
        .ifPresent(
            d ->
                add(
                    sql,
                    args,
                    " AND accepted_at >= ?",
                    d.atStartOfDay(zone).toInstant().toEpochMilli()));
    filter
        .to()
        .ifPresent(
            d ->
                add(
                    sql,
                    args,
                    " AND accepted_at < ?",
                    d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()));
    filter.after().ifPresent(a -> add(sql, args, " AND return_id > ?", a.toString()));
    filter.before().ifPresent(b -> add(sql, args, " AND return_id < ?", b.toString()));
    sql.append(
        filter.order() == ReturnFilter.Order.DESC
            ? " ORDER BY return_id DESC LIMIT ?"
            : " ORDER BY return_id LIMIT ?");
    List<StoredReturn> rows =
        reads.read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                  ps.setObject(i + 1, args.get(i));
                }
                ps.setInt(args.size() + 1, filter.limit() + 1);
                List<StoredReturn> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(row(rs));
                  }
                }
                return out;
              }
            });
    return ReturnPage.of(rows, filter.limit());
  }

  private static void add(StringBuilder sql, List<Object> args, String clause, Object value) {
    sql.append(clause);
    args.add(value);
  }

  private static StoredReturn row(ResultSet rs) throws SQLException {
    long syncedAt = rs.getLong(6);
    Optional<Instant> synced =
        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(syncedAt));
    return new StoredReturn(
        ReturnId.parse(rs.getString(1)),
        rs.getBytes(2),
        rs.getLong(3),
        EventId.parse(rs.getString(4)),
        SyncState.valueOf(rs.getString(5)),
        synced);
  }
}
