package io.rebound.central.security;

import io.rebound.central.db.Sql;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Opaque bearer tokens ({@code rbo_} + 32 random bytes, Base64url) in {@code ops_sessions}: only
 * the token's SHA-256 is stored, with its expiry. A token of a disabled user stops working at once.
 */
@Singleton
public class OpsSessions {
  /** Prefix of central's own tokens; any other bearer token is left to OIDC. */
  public static final String TOKEN_PREFIX = "rbo_";

  private static final SecureRandom RANDOM = new SecureRandom();

  IssuedSession issue(Connection c, StoredUser user, Instant expiresAt) throws SQLException {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ops_sessions (token_hash, username, expires_at) VALUES (?, ?, ?)")) {
      ps.setString(1, hash(token));
      ps.setString(2, user.username());
      Sql.setInstant(ps, 3, expiresAt);
      ps.executeUpdate();
    }
    return new IssuedSession(token, "Bearer", expiresAt, user.username(), user.role().roleName());
  }

  Optional<SessionOwner> owner(Connection c, String token, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT u.username, u.role FROM ops_sessions s JOIN ops_users u USING (username)"
                + " WHERE s.token_hash = ? AND s.expires_at > ? AND u.status = 'ACTIVE'")) {
      ps.setString(1, hash(token));
      Sql.setInstant(ps, 2, now);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new SessionOwner(rs.getString(1), OpsRole.parse("role", rs.getString(2))));
      }
    }
  }

  /** Deletes one token; whether it existed. */
  boolean revoke(Connection c, String token) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM ops_sessions WHERE token_hash = ?")) {
      ps.setString(1, hash(token));
      return ps.executeUpdate() == 1;
    }
  }

  /** Deletes every token of a user (disabled or role changed) and expired ones of anybody. */
  void revokeAll(Connection c, String username, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM ops_sessions WHERE username = ? OR expires_at <= ?")) {
      ps.setString(1, username);
      Sql.setInstant(ps, 2, now);
      ps.executeUpdate();
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
