package io.rebound.central.receipts;

import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.db.Sql;
import io.rebound.central.db.SqlWork;
import io.rebound.protocols.receipts.Ed25519Keys;
import io.rebound.protocols.receipts.ReceiptKey;
import io.rebound.protocols.receipts.ReceiptKeySet;
import jakarta.inject.Singleton;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The receipt signing keys ({@code receipt_signing_keys}, V6). Rotation retires the active key and
 * creates a new one in one transaction under a table lock, so concurrent rotations (several central
 * instances) cannot leave two active keys. Private keys are read only to sign.
 */
@Singleton
public class ReceiptKeyRepository {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database database;
  private final Clock clock = Clock.systemUTC();

  public ReceiptKeyRepository(Database database) {
    this.database = database;
  }

  /** Creates a new active key (the previous one is retired, still valid for verification). */
  public ReceiptKeySet rotate() {
    return write(this::rotate);
  }

  /** The public key set (every key, the version is the newest key's seq). */
  public ReceiptKeySet publicKeys() {
    return database.read(ReceiptKeyRepository::publicKeys);
  }

  /** The active signing key, if any key was made yet. */
  Optional<SigningKey> activeKey() {
    return database.read(ReceiptKeyRepository::active);
  }

  private <T> T write(SqlWork<T> work) {
    try {
      return database.inTransaction(work);
    } catch (SQLException e) {
      throw new DatabaseException("receipt keys not written: " + e.getMessage(), e);
    }
  }

  private ReceiptKeySet rotate(Connection c) throws SQLException {
    lock(c);
    Instant now = clock.instant();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE receipt_signing_keys SET state = 'RETIRED', retired_at = ? WHERE state = 'ACTIVE'")) {
      Sql.setInstant(ps, 1, now);
      ps.executeUpdate();
    }
    KeyPair pair = Ed25519Keys.generate();
    String kid = nextKid();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO receipt_signing_keys (kid, public_key, private_key, state, created_at)"
                + " VALUES (?, ?, ?, 'ACTIVE', ?)")) {
      ps.setString(1, kid);
      ps.setString(2, Ed25519Keys.toBase64Url(pair.getPublic()));
      ps.setBytes(3, pair.getPrivate().getEncoded());
      Sql.setInstant(ps, 4, now);
      ps.executeUpdate();
    }
    return publicKeys(c);
  }

  private String nextKid() {
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    return "rk-" + clock.instant().getEpochSecond() + "-" + HexFormat.of().formatHex(random);
  }

  private static void lock(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("LOCK TABLE receipt_signing_keys IN SHARE ROW EXCLUSIVE MODE")) {
      ps.execute();
    }
  }

  private static ReceiptKeySet publicKeys(Connection c) throws SQLException {
    List<ReceiptKey> keys = new ArrayList<>();
    long version = 0;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT seq, kid, public_key FROM receipt_signing_keys ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        version = rs.getLong(1);
        keys.add(ReceiptKey.of(rs.getString(2), rs.getString(3)));
      }
    }
    int newest = Math.toIntExact(version);
    int first = Math.max(0, keys.size() - ReceiptKeySet.MAX_KEYS);
    return ReceiptKeySet.of(newest, keys.subList(first, keys.size()));
  }

  private static Optional<SigningKey> active(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT kid, private_key FROM receipt_signing_keys WHERE state = 'ACTIVE'");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new SigningKey(rs.getString(1), Ed25519Keys.privateKey(rs.getBytes(2))));
    }
  }
}
