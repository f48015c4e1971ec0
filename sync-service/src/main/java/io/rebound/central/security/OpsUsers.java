package io.rebound.central.security;

import io.rebound.central.db.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to {@code ops_users} (Flyway V12); every method runs on the caller's connection. */
@Singleton
public class OpsUsers {
  private static final String COLUMNS =
      "username, password_hash, role, status, failed_logins, locked_until, created_at, created_by";

  Optional<StoredUser> find(Connection c, String username) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM ops_users WHERE username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  List<StoredUser> all(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT " + COLUMNS + " FROM ops_users ORDER BY username");
        ResultSet rs = ps.executeQuery()) {
      List<StoredUser> users = new ArrayList<>();
      while (rs.next()) {
        users.add(read(rs));
      }
      return users;
    }
  }

  boolean anyExists(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM ops_users)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /** Inserts the user unless the name is taken; whether it was inserted. */
  boolean insert(Connection c, String username, String hash, OpsRole role, String createdBy)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ops_users (username, password_hash, role, created_by) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (username) DO NOTHING")) {
      ps.setString(1, username);
      ps.setString(2, hash);
      ps.setString(3, role.roleName());
      ps.setString(4, createdBy);
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Counts one failed login; locks the user until {@code lockUntil} when the count reaches {@code
   * max} (and starts counting again). The new lock end, if this failure locked the user.
   */
  Optional<Instant> recordFailure(Connection c, String username, int max, Instant lockUntil)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE ops_users SET"
                + " locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END,"
                + " failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1"
                + " END WHERE username = ? RETURNING failed_logins, locked_until")) {
      ps.setInt(1, max);
      Sql.setInstant(ps, 2, lockUntil);
      ps.setInt(3, max);
      ps.setString(4, username);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && rs.getInt("failed_logins") == 0) {
          return Optional.ofNullable(Sql.getInstant(rs, "locked_until"));
        }
        return Optional.empty();
      }
    }
  }

  /**
   * Clears the failure count of an active, unlocked user; false when the user was locked or
   * disabled meanwhile (the login then does not count).
   */
  boolean recordSuccess(Connection c, String username, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE ops_users SET failed_logins = 0 WHERE username = ? AND status = 'ACTIVE'"
                + " AND (locked_until IS NULL OR locked_until <= ?)")) {
      ps.setString(1, username);
      Sql.setInstant(ps, 2, now);
      return ps.executeUpdate() == 1;
    }
  }

  void update(Connection c, String username, OpsRole role, UserStatus status) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE ops_users SET role = ?, status = ? WHERE username = ?")) {
      ps.setString(1, role.roleName());
      ps.setString(2, status.name());
      ps.setString(3, username);
      ps.executeUpdate();
    }
  }

  private static StoredUser read(ResultSet rs) throws SQLException {
    return new StoredUser(
        rs.getString("username"),
        OpsRole.parse("role", rs.getString("role")),
        UserStatus.valueOf(rs.getString("status")),
        rs.getString("password_hash"),
        rs.getInt("failed_logins"),
        Sql.getInstant(rs, "locked_until"),
        Sql.getInstant(rs, "created_at"),
        rs.getString("created_by"));
  }
}
