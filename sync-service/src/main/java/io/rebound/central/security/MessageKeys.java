package io.rebound.central.security;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.security.MessageKey;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The stores' message-signing keys ({@code store_message_keys}, Flyway V10). Issuing revokes the
 * store's previous key. The ingest path reads {@link #active} from an in-memory snapshot of every
 * active key, re-read after {@code rebound.security.key-cache-ttl}; if that read fails the old
 * snapshot is kept (a store missing from it is treated as having no key: its events are
 * dead-lettered unacknowledged, so the store sends them again later).
 */
@Singleton
public class MessageKeys {
  private static final Logger LOG = Logger.getLogger(MessageKeys.class);
  private static final int SECRET_BYTES = 32;

  private final Database database;
  private final Duration ttl;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();
  private volatile Map<StoreId, MessageKey> snapshot = Map.of();
  private volatile Instant loadedAt = Instant.MIN;

  public MessageKeys(Database database, CentralConfig config) {
    this.database = database;
    this.ttl = config.security().keyCacheTtl();
  }

  /** A new key for {@code store}; the previous one stops being accepted at once here. */
  public IssuedKey issue(StoreId store) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    byte[] suffix = new byte[6];
    random.nextBytes(suffix);
    MessageKey key = new MessageKey(store, "k-" + HexFormat.of().formatHex(suffix), secret);
    Instant now = clock.instant();
    try {
      database.inTransaction(c -> insert(c, key, now));
    } catch (SQLException e) {
      throw new DatabaseException("central database unavailable: " + e.getMessage(), e);
    }
    refresh();
    LOG.infof("issued message key %s for store %s", key.keyId(), store);
    return IssuedKey.of(key, now);
  }

  private static Void insert(Connection c, MessageKey key, Instant now) throws SQLException {
    try (PreparedStatement revoke =
            c.prepareStatement(
                "UPDATE store_message_keys SET revoked_at = ? WHERE store_id = ? AND revoked_at IS"
                    + " NULL");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO store_message_keys (store_id, key_id, secret, created_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      Sql.setInstant(revoke, 1, now);
      revoke.setString(2, key.storeId().value());
      revoke.executeUpdate();
      insert.setString(1, key.storeId().value());
      insert.setString(2, key.keyId());
      insert.setBytes(3, key.secret());
      Sql.setInstant(insert, 4, now);
      insert.executeUpdate();
      return null;
    }
  }

  /** The store's active key, from the snapshot (re-read when older than the TTL). */
  public Optional<MessageKey> active(StoreId store) {
    if (clock.instant().isAfter(loadedAt.plus(ttl))) {
      try {
        refresh();
      } catch (RuntimeException e) {
        LOG.warnf("cannot re-read the stores' message keys (keeping the last copy): %s", e);
        loadedAt = clock.instant();
      }
    }
    return Optional.ofNullable(snapshot.get(store));
  }

  private void refresh() {
    Instant at = clock.instant();
    snapshot = database.read(MessageKeys::loadActive);
    loadedAt = at;
  }

  private static Map<StoreId, MessageKey> loadActive(Connection c) throws SQLException {
    Map<StoreId, MessageKey> keys = new HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT store_id, key_id, secret FROM store_message_keys WHERE revoked_at IS NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        StoreId store = StoreId.of(rs.getString(1));
        keys.put(store, new MessageKey(store, rs.getString(2), rs.getBytes(3)));
      }
    }
    return Map.copyOf(keys);
  }
}
