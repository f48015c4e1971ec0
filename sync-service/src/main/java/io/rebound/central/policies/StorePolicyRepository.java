package io.rebound.central.policies;

import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.policy.StorePolicy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** {@code store_policies} (V6): one row per store; a put only ever raises the version. */
@Singleton
public class StorePolicyRepository {
  private final Database database;
  private final Clock clock = Clock.systemUTC();

  public StorePolicyRepository(Database database) {
    this.database = database;
  }

  public Optional<StoredPolicy> find(StoreId store) {
    return database.read(c -> find(c, store));
  }

  /** Stores {@code policy} if its version is above the stored one (atomic: one upsert). */
  public PolicyPut put(StoreId store, StorePolicy policy) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    try {
      return database.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO store_policies (store_id, policy_version, policy, updated_at)"
                        + " VALUES (?, ?, ?::jsonb, ?) ON CONFLICT (store_id) DO UPDATE SET"
                        + " policy_version = excluded.policy_version, policy = excluded.policy,"
                        + " updated_at = excluded.updated_at"
                        + " WHERE excluded.policy_version > store_policies.policy_version")) {
              ps.setString(1, store.value());
              ps.setInt(2, policy.policyVersion());
              ps.setString(3, ProtocolJson.toJson(policy));
              Sql.setInstant(ps, 4, now);
              if (ps.executeUpdate() == 1) {
                return new PolicyPut.Stored(
                    new StoredPolicy(store, policy.policyVersion(), now, policy));
              }
            }
            return new PolicyPut.Stale(find(c, store).orElseThrow().policyVersion());
          });
    } catch (SQLException e) {
      throw new DatabaseException("store policy not written: " + e.getMessage(), e);
    }
  }

  private static Optional<StoredPolicy> find(Connection c, StoreId store) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT policy_version, policy::text, updated_at FROM store_policies WHERE store_id = ?")) {
      ps.setString(1, store.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredPolicy(
                store,
                rs.getInt(1),
                Sql.getInstant(rs, "updated_at"),
                ProtocolJson.decode(rs.getString(2), StorePolicy.class)));
      }
    }
  }
}
