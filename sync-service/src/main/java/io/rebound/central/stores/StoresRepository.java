package io.rebound.central.stores;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code stores} rows as {@link StoreView}s. */
@Singleton
public class StoresRepository {
  private static final String SELECT =
      "SELECT store_id, connection_state, state_since, last_seen, contiguous_sequence,"
          + " highest_sequence, missing_sequences, gap_since, backlog,"
          + " oldest_pending_age_seconds, agent_version, status_reported_at FROM stores";

  private final Database database;
  private final Duration offlineAfter;
  private final Clock clock = Clock.systemUTC();

  @Inject
  public StoresRepository(Database database, CentralConfig config) {
    this.database = database;
    this.offlineAfter = config.stores().offlineAfter();
  }

  public List<StoreView> all() {
    return database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY store_id");
              ResultSet rs = ps.executeQuery()) {
            List<StoreView> stores = new ArrayList<>();
            Instant now = clock.instant();
            while (rs.next()) {
              stores.add(view(rs, now));
            }
            return stores;
          }
        });
  }

  public Optional<StoreView> find(StoreId id) {
    return database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE store_id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(view(rs, clock.instant())) : Optional.empty();
            }
          }
        });
  }

  private StoreView view(ResultSet rs, Instant now) throws SQLException {
    String state = rs.getString("connection_state");
    Instant lastSeen = Sql.getInstant(rs, "last_seen");
    return new StoreView(
        rs.getString("store_id"),
        StoreView.isOnline(state, lastSeen, now, offlineAfter),
        state == null ? "UNKNOWN" : state,
        Sql.getInstant(rs, "state_since"),
        lastSeen,
        rs.getLong("contiguous_sequence"),
        rs.getLong("highest_sequence"),
        rs.getLong("missing_sequences"),
        Sql.getInstant(rs, "gap_since"),
        Sql.getLong(rs, "backlog"),
        Sql.getLong(rs, "oldest_pending_age_seconds"),
        rs.getString("agent_version"),
        Sql.getInstant(rs, "status_reported_at"));
  }
}
