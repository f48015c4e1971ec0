package io.rebound.central.enrollment;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One-time enrollment codes ({@code enrollment_codes}, Flyway V13). A code is {@code rbe-} and 32
 * random hex digits; only its SHA-256 is stored. Redeeming is one conditional UPDATE, so two agents
 * presenting the same code concurrently cannot both enroll.
 */
@Singleton
public class EnrollmentCodes {
  private final Database database;
  private final Duration ttl;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  public EnrollmentCodes(Database database, CentralConfig config) {
    this.database = database;
    this.ttl = config.enrollment().codeTtl();
  }

  public IssuedCode issue(StoreId store, String operator) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String code = "rbe-" + HexFormat.of().formatHex(bytes);
    Instant now = clock.instant();
    Instant expires = now.plus(ttl);
    run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO enrollment_codes (code_hash, store_id, created_at, expires_at,"
                      + " created_by) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, hash(code));
            ps.setString(2, store.value());
            Sql.setInstant(ps, 3, now);
            Sql.setInstant(ps, 4, expires);
            ps.setString(5, operator);
            ps.executeUpdate();
            return null;
          }
        });
    return new IssuedCode(store.value(), code, expires);
  }

  public Redemption redeem(String code) {
    String hash = hash(code);
    Instant now = clock.instant();
    return run(
        c -> {
          try (PreparedStatement use =
              c.prepareStatement(
                  "UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL"
                      + " AND expires_at > ? RETURNING store_id")) {
            Sql.setInstant(use, 1, now);
            use.setString(2, hash);
            Sql.setInstant(use, 3, now);
            try (ResultSet rs = use.executeQuery()) {
              if (rs.next()) {
                return new Redemption.Accepted(StoreId.of(rs.getString(1)));
              }
            }
          }
          return refusal(c, hash);
        });
  }

  private static Redemption refusal(Connection c, String hash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT used_at, expires_at FROM enrollment_codes WHERE code_hash = ?")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new Redemption.Unknown();
        }
        Instant used = Sql.getInstant(rs, "used_at");
        return used != null
            ? new Redemption.AlreadyUsed(used)
            : new Redemption.Expired(Sql.getInstant(rs, "expires_at"));
      }
    }
  }

  private <T> T run(io.rebound.central.db.SqlWork<T> work) {
    try {
      return database.inTransaction(work);
    } catch (SQLException e) {
      throw new DatabaseException("central database unavailable: " + e.getMessage(), e);
    }
  }

  static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
