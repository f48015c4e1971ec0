package io.rebound.central.fleet;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.stores.StoreView;
import io.rebound.protocols.money.Money;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the fleet: every store's sync state, time zone and pending refund amounts. */
@Singleton
public class FleetRepository {
  private static final String STORES =
      "SELECT s.store_id, s.connection_state, s.state_since, s.last_seen, s.backlog,"
          + " s.oldest_pending_age_seconds, s.agent_version, s.contiguous_sequence,"
          + " s.missing_sequences, p.policy ->> 'timeZone' AS time_zone"
          + " FROM stores s LEFT JOIN store_policies p ON p.store_id = s.store_id"
          + " ORDER BY s.store_id";

  /** Refunds of received returns still owed: a REFUND step that is neither done nor declined. */
  private static final String PENDING_REFUNDS =
      "SELECT r.store_id, r.currency, SUM(r.refund_amount) AS amount FROM returns r"
          + " JOIN process_steps s ON s.return_id = r.return_id AND s.kind = 'REFUND'"
          + " WHERE s.state NOT IN ('SUCCEEDED', 'DECLINED')"
          + " GROUP BY r.store_id, r.currency ORDER BY r.store_id, r.currency";

  private final Database database;
  private final Duration offlineAfter;
  private final Clock clock;

  @Inject
  public FleetRepository(Database database, CentralConfig config) {
    this(database, config.stores().offlineAfter(), Clock.systemUTC());
  }

  FleetRepository(Database database, Duration offlineAfter, Clock clock) {
    this.database = database;
    this.offlineAfter = offlineAfter;
    this.clock = clock;
  }

  public FleetSnapshot snapshot() {
    return database.read(
        c -> {
          Map<String, List<Money>> pending = pendingRefunds(c);
          Instant now = clock.instant();
          List<FleetStore> stores = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(STORES);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              stores.add(store(rs, now, pending));
            }
          }
          return new FleetSnapshot(now, offlineAfter.toSeconds(), stores);
        });
  }

  private FleetStore store(ResultSet rs, Instant now, Map<String, List<Money>> pending)
      throws SQLException {
    String id = rs.getString("store_id");
    String state = rs.getString("connection_state");
    Instant lastSeen = Sql.getInstant(rs, "last_seen");
    String zone = rs.getString("time_zone");
    return new FleetStore(
        id,
        StoreView.isOnline(state, lastSeen, now, offlineAfter),
        state == null ? "UNKNOWN" : state,
        Sql.getInstant(rs, "state_since"),
        lastSeen,
        Sql.getLong(rs, "backlog"),
        Sql.getLong(rs, "oldest_pending_age_seconds"),
        rs.getString("agent_version"),
        rs.getLong("contiguous_sequence"),
        rs.getLong("missing_sequences"),
        zone == null || zone.isBlank() ? "UTC" : zone,
        pending.getOrDefault(id, List.of()));
  }

  private static Map<String, List<Money>> pendingRefunds(Connection c) throws SQLException {
    Map<String, List<Money>> byStore = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(PENDING_REFUNDS);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Money amount =
            Money.of(
                rs.getBigDecimal("amount").stripTrailingZeros().toPlainString(),
                rs.getString("currency").trim());
        byStore.computeIfAbsent(rs.getString("store_id"), k -> new ArrayList<>()).add(amount);
      }
    }
    return byStore;
  }
}
